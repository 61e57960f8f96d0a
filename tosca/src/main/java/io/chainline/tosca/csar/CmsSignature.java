package io.chainline.tosca.csar;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
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
 * The Bouncy Castle half of {@link SignatureVerifier}: reads the CMS block and checks each signer. Kept apart so that
 * Bouncy Castle's signed jars are opened (and their signatures verified by the JDK) only when a package is signed.
 */
final class CmsSignature {

    private CmsSignature() {}

    /** @param certificate the package's own certificate file (PEM or DER), when it has one */
    static void verify(
            SignatureVerifier verifier,
            String file,
            SignedContent content,
            byte[] cms,
            Optional<byte[]> certificate,
            Issues issues) {
        try {
            byte[] der = SignatureVerifier.der(cms, "CMS");
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content.asIs()), der);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                verifier.fail(IssueCode.CSAR_SIGNATURE_INVALID, file, "The CMS signature has no signer.", issues);
                return;
            }
            for (SignerInformation signer : signers) {
                if (!verifySigner(verifier, file, content, der, signed, signer, certificate, issues)) {
                    return;
                }
            }
        } catch (CMSException | IllegalArgumentException e) {
            verifier.fail(
                    IssueCode.CSAR_SIGNATURE_INVALID,
                    file,
                    "The CMS signature block is damaged and cannot be read; sign the package again.",
                    issues);
        } catch (OperatorCreationException | GeneralSecurityException e) {
            verifier.fail(
                    IssueCode.CSAR_SIGNATURE_INVALID,
                    file,
                    "The signature uses an algorithm or key this importer cannot check; sign with RSA or ECDSA and"
                            + " SHA-256 or stronger.",
                    issues);
        }
    }

    /** One signer: its certificate is found, its signature matches, its certificate is trusted; false stops. */
    private static boolean verifySigner(
            SignatureVerifier verifier,
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
            verifier.fail(
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
            verifier.fail(
                    IssueCode.CSAR_SIGNATURE_INVALID, file, verifier.mismatch(content, matching, cert.get()), issues);
            return false;
        }
        verifier.trust(file, cert.get(), issues);
        return true;
    }

    /**
     * The label of the first content variant the signer's signature matches, if any. Verified with the public key
     * alone: with the certificate, Bouncy Castle refuses a certificate that was not valid at the CMS's signing time
     * before it compares anything, and the finding could not say whether the content matches. The certificate's
     * validity is judged after, at the anchors' time (in SignatureVerifier).
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
}
