package io.chainline.console.catalog.service;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by features that use catalog versions (service chains, deployments), so the catalog can refuse to
 * delete a version in use and say by whom, without depending on those features.
 */
public interface DescriptorUsage {

    /** Human-readable names of what uses the version, e.g. "service chain vCPE 1.0"; empty when unused. */
    List<String> usersOf(UUID catalogId);
}
