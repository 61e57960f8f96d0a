package io.chainline.console.catalog.service.registry;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A container image reference split the way registries need it: {@code registry.example.net:5000/nfv/fw:4.2} or
 * {@code ...@sha256:…}. A first part without a dot, colon or "localhost" is a Docker Hub repository, as Docker reads
 * it ({@code nginx} is {@code docker.io/library/nginx:latest}).
 *
 * @param reference the tag or the digest asked for
 */
public record ImageReference(String registry, String repository, String reference) {

    private static final Pattern REPOSITORY =
            Pattern.compile("[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}");
    public static final String DOCKER_HUB = "registry-1.docker.io";

    public static ImageReference parse(String text) {
        String value = text == null ? "" : text.trim();
        String registry = DOCKER_HUB;
        String rest = value;
        int slash = value.indexOf('/');
        if (slash > 0) {
            String first = value.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = first.equals("docker.io") ? DOCKER_HUB : first;
                rest = value.substring(slash + 1);
            }
        }
        String reference = "latest";
        int at = rest.indexOf('@');
        if (at >= 0) {
            reference = rest.substring(at + 1);
            rest = rest.substring(0, at);
            if (!DIGEST.matcher(reference).matches()) {
                throw invalid(text, "the digest after '@' must be sha256: and 64 hex digits");
            }
        } else {
            int colon = rest.lastIndexOf(':');
            if (colon >= 0) {
                reference = rest.substring(colon + 1);
                rest = rest.substring(0, colon);
                if (!TAG.matcher(reference).matches()) {
                    throw invalid(text, "a tag has letters, digits, '_', '.' and '-' (at most 128)");
                }
            }
        }
        if (registry.equals(DOCKER_HUB) && !rest.contains("/")) {
            rest = "library/" + rest;
        }
        if (!REPOSITORY.matcher(rest).matches()) {
            throw invalid(text, "the repository is lower-case letters, digits and separators, e.g. nfv/firewall");
        }
        return new ImageReference(registry, rest, reference);
    }

    private static ChainlineException invalid(String text, String why) {
        return new ChainlineException(
                "IMAGE-REFERENCE-INVALID",
                Category.INVALID,
                "'" + text + "' is not an image reference: " + why + " (e.g. registry.example.net/nfv/fw:4.2).");
    }

    public Optional<String> digest() {
        return reference.startsWith("sha256:") ? Optional.of(reference) : Optional.empty();
    }

    /** How it is written: registry/repository:tag or registry/repository@digest. */
    @Override
    public String toString() {
        return registry + "/" + repository + (digest().isPresent() ? "@" : ":") + reference;
    }
}
