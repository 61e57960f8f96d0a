package io.chainline.tosca;

import io.chainline.tosca.model.Descriptor;
import java.util.Optional;

/**
 * An import: the validation report and, when the input is accepted and is a VNFD or NSD, its descriptor model. A
 * descriptor whose identity cannot be found (the identity rule) gives no model: the report is then REJECTED and
 * carries {@code DESCRIPTOR-IDENTITY-MISSING}, naming what is missing and where it was looked for.
 */
public record ImportResult(ValidationReport report, Optional<Descriptor> descriptor) {}
