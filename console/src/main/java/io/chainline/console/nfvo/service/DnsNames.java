package io.chainline.console.nfvo.service;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A DNS label derived from a name a SOL005 client chose ("My NS 1" → {@code my-ns-1}): platforms name a deployment's
 * resources after it, while SOL005 lets the name be any string. Unique among the labels already taken, by a numeric
 * suffix ({@code my-ns-1-2}).
 */
final class DnsNames {

    /** A deployment's name is at most 40 characters (the connectors' limit for what they prefix with it). */
    static final int MAX = 40;

    private DnsNames() {}

    static String derive(String name, Predicate<String> taken) {
        String base = slug(name);
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = trim(base.substring(0, Math.min(base.length(), MAX - suffix.length()))) + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String label = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        label = trim(label.length() > MAX ? label.substring(0, MAX) : label);
        return label.isEmpty() ? "ns" : label;
    }

    private static String trim(String label) {
        return label.replaceAll("^-+", "").replaceAll("-+$", "");
    }
}
