package io.chainline.tosca.yaml;

import io.chainline.tosca.issue.Location;

/**
 * A YAML value with where it came from. The engine reads TOSCA from these, never from untyped {@code Map<Object,
 * Object>}: every value knows its location and its YAML path, so every issue can point at it.
 */
public sealed interface YNode permits YMap, YList, YScalar {

    Location location();

    /** Dotted YAML path from the document root, e.g. {@code topology_template.node_templates.vdu1}. */
    String path();

    /** What this node is, for messages: "a map", "a list", "a string"… */
    String kind();
}
