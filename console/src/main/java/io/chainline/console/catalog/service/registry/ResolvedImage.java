package io.chainline.console.catalog.service.registry;

import java.util.List;

/**
 * What a registry says an image reference is: its content digest, media type (an index/list or a single manifest)
 * and the platforms it runs on.
 *
 * @param platforms e.g. linux/amd64, linux/arm64/v8; normalised architecture names
 */
public record ResolvedImage(String reference, String digest, String mediaType, List<String> platforms) {

    public ResolvedImage {
        platforms = List.copyOf(platforms);
    }

    /** The architectures alone (amd64, arm64…), for placement. */
    public List<String> architectures() {
        return platforms.stream().map(p -> p.split("/")[1]).distinct().toList();
    }

    /** sha256 hex without the algorithm prefix, as SOL001 checksums carry it. */
    public String sha256Hex() {
        return digest.substring(digest.indexOf(':') + 1);
    }
}
