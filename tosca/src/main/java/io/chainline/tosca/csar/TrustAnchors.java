package io.chainline.tosca.csar;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * The certificates a package signer must be, or be issued by, for a signature to count as trusted; and the time at
 * which certificates must be valid (a parameter, so tests and replays can fix it).
 */
public record TrustAnchors(List<X509Certificate> certificates, Instant at) {

    public TrustAnchors {
        certificates = List.copyOf(certificates);
    }

    /** No anchors: signatures are checked for integrity only and reported as unverified. */
    public static TrustAnchors none() {
        return new TrustAnchors(List.of(), Instant.now());
    }

    public boolean isEmpty() {
        return certificates.isEmpty();
    }
}
