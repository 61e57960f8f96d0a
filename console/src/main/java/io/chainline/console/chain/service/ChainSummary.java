package io.chainline.console.chain.service;

import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.chain.domain.ChainEntry;
import java.time.Instant;
import java.util.UUID;

/** A service chain version as lists show it; {@code version} is the lock a change must name. */
public record ChainSummary(
        UUID id,
        String designer,
        String name,
        String nsVersion,
        String descriptorId,
        DescriptorState state,
        int vnfCount,
        Instant updatedAt,
        String updatedBy,
        long version) {

    static ChainSummary of(ChainEntry e) {
        return new ChainSummary(
                e.getId(),
                e.getDesigner(),
                e.getName(),
                e.getNsVersion(),
                e.getDescriptorId(),
                e.getState(),
                e.getVnfCount(),
                e.getUpdatedAt(),
                e.getUpdatedBy(),
                e.getVersion());
    }
}
