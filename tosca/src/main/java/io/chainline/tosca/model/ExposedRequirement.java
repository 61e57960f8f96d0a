package io.chainline.tosca.model;

/** A substitution mapping entry: the outer requirement {@code name} is served by {@code node}'s {@code requirement}. */
public record ExposedRequirement(String name, String node, String requirement) {}
