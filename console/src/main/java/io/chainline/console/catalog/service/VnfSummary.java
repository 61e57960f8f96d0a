package io.chainline.console.catalog.service;

import io.chainline.console.catalog.domain.CatalogEntry;
import io.chainline.console.catalog.domain.DescriptorState;
import java.time.Instant;
import java.util.UUID;

/**
 * A catalog row: what the grid shows and the API lists.
 *
 * @param version the optimistic-lock version a change must name
 */
public record VnfSummary(
        UUID id,
        String provider,
        String productName,
        String softwareVersion,
        String descriptorId,
        String descriptorVersion,
        DescriptorState state,
        int vduCount,
        String architectures,
        Instant updatedAt,
        String updatedBy,
        long version) {

    static VnfSummary of(CatalogEntry e) {
        return new VnfSummary(
                e.getId(),
                e.getProvider(),
                e.getProductName(),
                e.getSoftwareVersion(),
                e.getDescriptorId(),
                e.getDescriptorVersion(),
                e.getState(),
                e.getVduCount(),
                e.getArchitectures(),
                e.getUpdatedAt(),
                e.getUpdatedBy(),
                e.getVersion());
    }
}
