package io.chainline.console.catalog.service;

import io.chainline.console.catalog.domain.PnfEntry;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A PNFD of the catalog as lists show it: its identity and the names of its external connection points.
 *
 * @param version the optimistic-lock version a change must name
 */
public record PnfSummary(
        UUID id,
        String descriptorId,
        String provider,
        String name,
        String descriptorVersion,
        String invariantId,
        List<String> extCps,
        Instant updatedAt,
        String updatedBy,
        long version) {

    public PnfSummary {
        extCps = List.copyOf(extCps);
    }

    static PnfSummary of(PnfEntry e) {
        List<String> cps = e.getExtCps().isEmpty()
                ? List.of()
                : Arrays.asList(e.getExtCps().split(","));
        return new PnfSummary(
                e.getId(),
                e.getDescriptorId(),
                e.getProvider(),
                e.getName(),
                e.getDescriptorVersion(),
                e.getInvariantId(),
                cps,
                e.getUpdatedAt(),
                e.getUpdatedBy(),
                e.getVersion());
    }
}
