package io.chainline.tosca;

import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.sol001.Sol001Writer;
import java.util.Optional;

/**
 * An export to SOL001 YAML: the files written (absent when the edition cannot express the descriptor) and the
 * engine's own validation of them.
 */
public record ExportResult(Sol001Edition edition, Optional<Sol001Writer.Written> written, ValidationReport report) {

    public boolean ok() {
        return written.isPresent() && report.accepted();
    }
}
