package io.chainline.tosca.model;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A software image ({@code sw_image_data} in SOL001 v2, the {@code tosca.artifacts.nfv.SwImage} artifact in v3+). For
 * containers the name is the image reference ({@code registry/repo:tag}) and the checksum its digest.
 */
public record SwImage(
        String name,
        String version,
        Optional<String> provider,
        Optional<Checksum> checksum,
        String containerFormat,
        Optional<String> diskFormat,
        OptionalLong minDiskBytes,
        OptionalLong minRamBytes,
        OptionalLong sizeBytes,
        Optional<String> operatingSystem,
        Optional<String> file) {

    /** @param algorithm as SOL001 spells it: sha-224, sha-256, sha-384 or sha-512 */
    public record Checksum(String algorithm, String hash) {}

    /** A container image by reference only, as a designer first enters it. */
    public static SwImage container(String reference) {
        return new SwImage(
                reference,
                "",
                Optional.empty(),
                Optional.empty(),
                "docker",
                Optional.empty(),
                OptionalLong.empty(),
                OptionalLong.empty(),
                OptionalLong.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public SwImage withContainerFormat(String format) {
        return new SwImage(
                name,
                version,
                provider,
                checksum,
                format,
                diskFormat,
                minDiskBytes,
                minRamBytes,
                sizeBytes,
                operatingSystem,
                file);
    }
}
