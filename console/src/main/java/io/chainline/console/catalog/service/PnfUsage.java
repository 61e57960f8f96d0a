package io.chainline.console.catalog.service;

import java.util.List;

/**
 * Implemented by features that use PNFDs of the catalog (service chains), so the catalog can refuse to delete one in
 * use and say by whom, without depending on those features.
 */
public interface PnfUsage {

    /** Human-readable names of what uses the PNFD of this descriptor id; empty when unused. */
    List<String> usersOf(String descriptorId);
}
