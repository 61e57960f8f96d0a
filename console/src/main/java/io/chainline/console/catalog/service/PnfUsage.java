package io.chainline.console.catalog.service;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Implemented by features that use PNFDs of the catalog (service chains), so the catalog can refuse to delete one in
 * use and say by whom, without depending on those features.
 */
public interface PnfUsage {

    /** Human-readable names of what uses the PNFD of this descriptor id; empty when unused. */
    List<String> usersOf(String descriptorId);

    /** Which of these descriptor ids something uses; an implementation answers a whole list page in one look. */
    default Set<String> usedAmong(Collection<String> descriptorIds) {
        return descriptorIds.stream().filter(id -> !usersOf(id).isEmpty()).collect(Collectors.toSet());
    }
}
