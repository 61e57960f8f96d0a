package io.chainline.tosca;

import java.util.Optional;

/** A SOL004 package written from a descriptor, and the engine's validation of the package. */
public record PackageExport(Optional<byte[]> csar, ValidationReport report) {

    public boolean ok() {
        return csar.isPresent() && report.accepted();
    }
}
