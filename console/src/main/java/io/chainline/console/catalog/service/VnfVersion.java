package io.chainline.console.catalog.service;

import io.chainline.tosca.model.VnfDescriptor;

/** One catalog version with its descriptor. */
public record VnfVersion(VnfSummary summary, VnfDescriptor descriptor) {}
