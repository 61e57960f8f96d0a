package io.chainline.tosca.csar;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
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

    private static final String CHANGED = "The signature does not match the signed content: the package was changed"
            + " after it was signed, or signed with another key.";

    private final TrustAnchors anchors;

    SignatureVerifier(TrustAnchors anchors) {
        this.anchors = anchors;
    }

    /** One signer: its certificate is found, its signature matches, its certificate is trusted; false stops. */
    private boolean verifySigner(
            String file, CMSSignedData signed, SignerInformation signer, Optional<byte[]> certificate, Issues issues)
            throws CMSException, OperatorCreationException, GeneralSecurityException {
        Optional<X509Certificate> cert = signerCertificate(signed, signer, certificate);
        if (cert.isEmpty()) {
            issues.add(
                    IssueCode.CSAR_CERTIFICATE_MISSING,
                    file,
                    "",
                    "The signer's certificate is neither in"
                            + " the CMS nor in the package (ETSI-Entry-Certificate or a .cert file); add it.");
            return false;
        }
        if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert.get()))) {
            issues.add(
                    IssueCode.CSAR_SIGNATURE_INVALID,
                    file,
                    "",
                    "The signature does not match the signed"
                            + " content: the package was changed after it was signed, or signed with another key.");
            return false;
        }
        trust(file, cert.get(), issues);
        return true;
    }

    /** @param certificate the package's own certificate file (PEM or DER), when it has one */
    void verify(String file, byte[] content, byte[] cms, Optional<byte[]> certificate, Issues issues) {
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), der(cms, "CMS"));
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                issues.add(IssueCode.CSAR_SIGNATURE_INVALID, file, "", "The CMS signature has no signer.");
                return;
            }
            for (SignerInformation signer : signers) {
                if (!verifySigner(file, signed, signer, certificate, issues)) {
                    return;
                }
            }
        } catch (CMSSignerDigestMismatchException e) {
            issues.add(IssueCode.CSAR_SIGNATURE_INVALID, file, "", CHANGED);
        } catch (CMSException | IllegalArgumentException e) {
            issues.add(
                    IssueCode.CSAR_SIGNATURE_INVALID,
                    file,
                    "",
                    "The CMS signature block is damaged and cannot be" + " read; sign the package again.");
        } catch (OperatorCreationException | GeneralSecurityException e) {
            issues.add(
                    IssueCode.CSAR_SIGNATURE_INVALID,
                    file,
                    "",
                    "The signature uses an algorithm or key this"
                            + " importer cannot check; sign with RSA or ECDSA and SHA-256 or stronger.");
        }
    }

    private void trust(String file, X509Certificate signer, Issues issues) {
        if (anchors.isEmpty()) {
            issues.add(
                    IssueCode.CSAR_SIGNATURE_UNVERIFIED,
                    file,
                    "",
                    "The signature is intact, but no trust anchor is"
                            + " configured, so the signer ("
                            + signer.getSubjectX500Principal().getName() + ") is not"
                            + " verified.");
            return;
        }
        try {
            signer.checkValidity(Date.from(anchors.at()));
        } catch (GeneralSecurityException e) {
            issues.add(
                    IssueCode.CSAR_SIGNATURE_UNTRUSTED,
                    file,
                    "",
                    "The signer's certificate is not valid at "
                            + anchors.at() + " (valid " + signer.getNotBefore().toInstant() + " to "
                            + signer.getNotAfter().toInstant() + ").");
            return;
        }
        boolean trusted =
                anchors.certificates().stream().anyMatch(anchor -> anchor.equals(signer) || issuedBy(signer, anchor));
        if (!trusted) {
            issues.add(
                    IssueCode.CSAR_SIGNATURE_UNTRUSTED,
                    file,
                    "",
                    "The signer "
                            + signer.getSubjectX500Principal().getName()
                            + " is not a configured trust anchor, nor issued by"
                            + " one.");
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
