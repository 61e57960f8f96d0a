package io.chainline.console.deployment.service;

import java.util.Locale;

/** Descriptor names (vnf_classifier, fw_engine) as the DNS labels platforms accept (vnf-classifier, fw-engine). */
public final class Names {

    private Names() {}

    public static String dns(String name) {
        String label =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        if (label.length() > 30) {
            label = label.substring(0, 30).replaceAll("-+$", "");
        }
        return label.isEmpty() ? "nf" : label;
    }
}
