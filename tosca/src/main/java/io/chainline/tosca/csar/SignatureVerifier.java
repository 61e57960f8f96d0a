package io.chainline.tosca.csar;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

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

    /** @param certificate the package's own certificate file (PEM or DER), when it has one */
    void verify(String file, SignedContent content, byte[] cms, Optional<byte[]> certificate, Issues issues) {
        try {
            byte[] der = der(cms, "CMS");
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content.asIs()), der);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                fail(IssueCode.CSAR_SIGNATURE_INVALID, file, "The CMS signature has no signer.", issues);
                return;
            }
            for (SignerInformation signer : signers) {
                if (!verifySigner(file, content, der, signed, signer, certificate, issues)) {
                    return;
                }
            }
        } catch (CMSException | IllegalArgumentException e) {
            fail(
                    IssueCode.CSAR_SIGNATURE_INVALID,
                    file,
                    "The CMS signature block is damaged and cannot be read; sign the package again.",
                    issues);
        } catch (OperatorCreationException | GeneralSecurityException e) {
            fail(
                    IssueCode.CSAR_SIGNATURE_INVALID,
                    file,
                    "The signature uses an algorithm or key this importer cannot check; sign with RSA or ECDSA and"
                            + " SHA-256 or stronger.",
                    issues);
        }
    }

    /** One signer: its certificate is found, its signature matches, its certificate is trusted; false stops. */
    private boolean verifySigner(
            String file,
            SignedContent content,
            byte[] der,
            CMSSignedData signed,
            SignerInformation signer,
            Optional<byte[]> certificate,
            Issues issues)
            throws CMSException, OperatorCreationException, GeneralSecurityException {
        Optional<X509Certificate> cert = signerCertificate(signed, signer, certificate);
        if (cert.isEmpty()) {
            fail(
                    IssueCode.CSAR_CERTIFICATE_MISSING,
                    file,
                    "The signer's certificate is neither in the CMS nor in the package (ETSI-Entry-Certificate or a"
                            + " .cert file); add it.",
                    issues);
            return false;
        }
        Optional<String> matching = matchingVariant(content, der, signer, cert.get());
        if (matching.isEmpty()
                || !matching.get().equals(content.variants().getFirst().label())) {
            fail(IssueCode.CSAR_SIGNATURE_INVALID, file, mismatch(content, matching, cert.get()), issues);
            return false;
        }
        trust(file, cert.get(), issues);
        return true;
    }

    /**
     * The label of the first content variant the signer's signature matches, if any. Verified with the public key
     * alone: with the certificate, Bouncy Castle refuses a certificate that was not valid at the CMS's signing time
     * before it compares anything, and the finding could not say whether the content matches. The certificate's
     * validity is judged after, at the anchors' time ({@link #validity}).
     */
    private static Optional<String> matchingVariant(
            SignedContent content, byte[] der, SignerInformation signer, X509Certificate cert)
            throws CMSException, OperatorCreationException {
        for (SignedContent.Variant variant : content.variants()) {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(variant.bytes()), der);
            SignerInformation same = signed.getSignerInfos().get(signer.getSID());
            try {
                if (same != null && same.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert.getPublicKey()))) {
                    return Optional.of(variant.label());
                }
            } catch (CMSSignerDigestMismatchException e) {
                // this variant is not what was signed; try the next
            }
        }
        return Optional.empty();
    }

    /** Says exactly what was verified and tried, and whether the certificate was valid then. */
    private String mismatch(SignedContent content, Optional<String> matching, X509Certificate cert) {
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

    private void trust(String file, X509Certificate signer, Issues issues) {
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

    private static Optional<X509Certificate> signerCertificate(
            CMSSignedData signed, SignerInformation signer, Optional<byte[]> packaged) throws GeneralSecurityException {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> inCms = signed.getCertificates().getMatches(signer.getSID());
        if (!inCms.isEmpty()) {
            return Optional.of(new JcaX509CertificateConverter()
                    .getCertificate(inCms.iterator().next()));
        }
        if (packaged.isPresent()) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            return Optional.of((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(packaged.get())));
        }
        return Optional.empty();
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
