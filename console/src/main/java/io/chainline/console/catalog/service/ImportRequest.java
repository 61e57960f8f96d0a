package io.chainline.console.catalog.service;

import io.chainline.tosca.issue.Profile;
import java.util.Optional;

/**
 * One import as its user asked for it.
 *
 * @param productName when given, the descriptor is stored as a new product of this name (a new descriptor id)
 * @param profile the profile to judge by; empty: the console's default ({@code chainline.tosca.profile})
 * @param overrideReason an ADMIN's reason to import despite signature failures (and only those); empty: no override
 */
public record ImportRequest(
        String fileName,
        byte[] bytes,
        Optional<String> productName,
        Optional<Profile> profile,
        Optional<String> overrideReason) {

    public ImportRequest {
        productName = productName.filter(n -> !n.isBlank()).map(String::strip);
        overrideReason = overrideReason.map(String::strip);
    }

    /** A plain import by the console's default profile, without an override. */
    public static ImportRequest of(String fileName, byte[] bytes, Optional<String> productName) {
        return new ImportRequest(fileName, bytes, productName, Optional.empty(), Optional.empty());
    }

    public boolean overrides() {
        return overrideReason.isPresent();
    }
}
