package io.chainline.tosca;

import io.chainline.tosca.model.Descriptor;
import java.util.Optional;

/** An import: the validation report and, when the input is accepted and is a VNFD or NSD, its descriptor model. */
public record ImportResult(ValidationReport report, Optional<Descriptor> descriptor) {}
