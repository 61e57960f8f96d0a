package io.chainline.tosca.template;

import io.chainline.tosca.yaml.YMap;
import java.util.Optional;

/**
 * One TOSCA file of a template: the entry, an import, or a type file the engine bundles.
 *
 * @param name the file's path inside its package (or {@code bundled:…} for the engine's own)
 */
public record SourceFile(String name, YMap root, Optional<ToscaVersion> version, boolean bundled) {}
