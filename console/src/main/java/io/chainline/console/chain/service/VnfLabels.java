package io.chainline.console.chain.service;

import io.chainline.console.catalog.service.VnfSummary;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How the chain editor names catalog VNF versions: product and descriptor version (what tells versions apart),
 * with the software version and provider as extra. Three descriptor versions of one software release read
 * differently; two entries that would still read the same get their descriptor id added.
 */
public final class VnfLabels {

    private VnfLabels() {}

    /** {@code vFirewall 1.0.0 · software 4.2 · Example Networks}. */
    public static String label(String product, String descriptorVersion, String softwareVersion, String provider) {
        return product + " " + descriptorVersion + " · software " + softwareVersion + " · " + provider;
    }

    public static String label(VnfSummary s) {
        return label(s.productName(), s.descriptorVersion(), s.softwareVersion(), s.provider());
    }

    /** A label per catalog version, unique across the list, in the list's order. */
    public static Map<UUID, String> unique(List<VnfSummary> versions) {
        Map<String, Integer> seen = new HashMap<>();
        versions.forEach(s -> seen.merge(label(s), 1, Integer::sum));
        Map<UUID, String> labels = new LinkedHashMap<>();
        for (VnfSummary s : versions) {
            String label = label(s);
            labels.put(s.id(), seen.get(label) > 1 ? label + " · descriptor " + s.descriptorId() : label);
        }
        return labels;
    }
}
