package io.chainline.tosca.csar;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Verifies a detached CMS (PKCS#7) signature over package content: SOL004 option 1 (the manifest, signed by a CMS
 * block at its end) and option 2 (the whole .csar, signed by a .cms beside it). The signer's certificate comes from
 * the CMS or from the package's certificate file; with trust anchors configured it must be one of them or be issued
 * by one, and be valid at the anchors' time.
 */
final class SignatureVerifier {

    private final TrustAnchors anchors;
    private final boolean override;

    /**
     * @param override an administrator's audited decision: every signature failure becomes a {@code
     *     CSAR-SIGNATURE-OVERRIDDEN} warning quoting it, and reading goes on
     */
    SignatureVerifier(TrustAnchors anchors, boolean override) {
        this.anchors = anchors;
        this.override = override;
    }

    /**
     * A signature failure (invalid, untrusted, certificate missing or out of date): an error, or under the override
     * a warning that quotes it. Never tolerated by the interop profile.
     */
    void fail(IssueCode code, String file, String message, Issues issues) {
        if (override) {
            issues.add(
                    IssueCode.CSAR_SIGNATURE_OVERRIDDEN,
                    file,
                    "",
                    "Accepted despite a failed signature check, by an administrator's override. The check reported "
                            + code.code() + ": " + message);
        } else {
            issues.add(code, file, "", message);
        }
    }

    /**
     * @param certificate the package's own certificate file (PEM or DER), when it has one. Bouncy Castle's classes
     *     are touched only here, through {@link CmsSignature}: its jars are signed, and the JDK verifies a signed
     *     jar when its first class loads (about half a second), which a YAML file or an unsigned CSAR never needs.
     */
    void verify(String file, SignedContent content, byte[] cms, Optional<byte[]> certificate, Issues issues) {
        CmsSignature.verify(this, file, content, cms, certificate, issues);
    }

    /** Says exactly what was verified and tried, and whether the certificate was valid then. */
    String mismatch(SignedContent content, Optional<String> matching, X509Certificate cert) {
        String tried =
                content.alsoTried().isEmpty() ? "" : " Also tried: " + String.join("; ", content.alsoTried()) + ".";
        String verdict = matching.map(label -> " It matches only with " + label
                        + ": the file was re-encoded after it was signed (line endings or its end changed), so the"
                        + " bytes shipped are not the bytes signed.")
                .orElse(" None matches: the package was changed after it was signed, or signed with another key.");
        return "The signature does not match the signed content. Verified: " + content.description() + "." + tried
                + verdict + validity(cert).map(v -> " " + v).orElse("");
    }

    /** Whether the certificate is valid at the anchors' time; when it is not, says so with its subject and dates. */
    private Optional<String> validity(X509Certificate cert) {
        Instant at = anchors.at();
        // whole seconds: a person reads these dates, and nanoseconds only make the finding harder to read
        String dates = " (valid " + cert.getNotBefore().toInstant() + " to "
                + cert.getNotAfter().toInstant() + ", checked at "
                + at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ").";
        String subject =
                "The signing certificate " + cert.getSubjectX500Principal().getName();
        if (at.isAfter(cert.getNotAfter().toInstant())) {
            return Optional.of(subject + " has expired" + dates);
        }
        if (at.isBefore(cert.getNotBefore().toInstant())) {
            return Optional.of(subject + " is not yet valid" + dates);
        }
        return Optional.empty();
    }

    void trust(String file, X509Certificate signer, Issues issues) {
        String subject = signer.getSubjectX500Principal().getName();
        if (anchors.isEmpty()) {
            issues.add(
                    IssueCode.CSAR_SIGNATURE_UNVERIFIED,
                    file,
                    "",
                    "The signature is intact, but no trust anchor is configured, so the signer (" + subject
                            + ") is not verified."
                            + validity(signer).map(v -> " " + v).orElse(""));
            return;
        }
        Optional<String> outOfDate = validity(signer);
        if (outOfDate.isPresent()) {
            fail(
                    IssueCode.CSAR_SIGNATURE_UNTRUSTED,
                    file,
                    "The signer's certificate is not valid at " + anchors.at() + ". " + outOfDate.get(),
                    issues);
            return;
        }
        boolean trusted =
                anchors.certificates().stream().anyMatch(anchor -> anchor.equals(signer) || issuedBy(signer, anchor));
        if (!trusted) {
            fail(
                    IssueCode.CSAR_SIGNATURE_UNTRUSTED,
                    file,
                    "The signer " + subject + " is not a configured trust anchor, nor issued by one.",
                    issues);
        }
    }

    private static boolean issuedBy(X509Certificate certificate, X509Certificate anchor) {
        try {
            certificate.verify(anchor.getPublicKey());
            return certificate.getIssuerX500Principal().equals(anchor.getSubjectX500Principal());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** PEM ("-----BEGIN CMS-----" / PKCS7) or DER. */
    static byte[] der(byte[] bytes, String label) {
        String text = new String(bytes, StandardCharsets.US_ASCII);
        int begin = text.indexOf("-----BEGIN ");
        if (begin < 0) {
            return bytes;
        }
        int bodyStart = text.indexOf('\n', begin) + 1;
        int end = text.indexOf("-----END", bodyStart);
        if (bodyStart <= 0 || end < 0) {
            throw new IllegalArgumentException("unterminated PEM " + label + " block");
        }
        return Base64.getMimeDecoder().decode(text.substring(bodyStart, end));
    }

    /** SOL004 option 1: the manifest's content up to its CMS block, and the block itself. */
    static Optional<byte[][]> splitSignedManifest(byte[] manifest) {
        String text = new String(manifest, StandardCharsets.UTF_8);
        int begin = text.indexOf("-----BEGIN CMS-----");
        if (begin < 0) {
            return Optional.empty();
        }
        byte[] content = text.substring(0, begin).getBytes(StandardCharsets.UTF_8);
        byte[] cms = text.substring(begin).getBytes(StandardCharsets.UTF_8);
        return Optional.of(new byte[][] {content, cms});
    }
}
