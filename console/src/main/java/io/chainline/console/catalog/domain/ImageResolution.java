package io.chainline.console.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The last resolution of an image reference: digest, media type and platforms, and when the registry said so. */
@Entity
@Table(name = "image_resolution")
public class ImageResolution {

    @Id
    @Column(length = 500)
    private String reference;

    @Column(nullable = false, length = 100)
    private String digest;

    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;

    @Column(nullable = false, length = 500)
    private String platforms;

    @Column(name = "resolved_at", nullable = false)
    private Instant resolvedAt;

    protected ImageResolution() {
        // for JPA
    }

    public ImageResolution(String reference) {
        this.reference = reference;
    }

    public void set(String digest, String mediaType, List<String> platforms, Instant now) {
        this.digest = digest;
        this.mediaType = mediaType;
        this.platforms = String.join(",", platforms);
        this.resolvedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS); // what every database keeps
    }

    public String getReference() {
        return reference;
    }

    public String getDigest() {
        return digest;
    }

    public String getMediaType() {
        return mediaType;
    }

    public List<String> getPlatforms() {
        return platforms.isEmpty() ? List.of() : Arrays.asList(platforms.split(","));
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
