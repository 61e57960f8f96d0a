package io.chainline.console.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * SOL004 option-2 packages (an outer zip holding the CSAR and its CMS signature) made in the test with a throw-away
 * key, for the import paths that must treat a failing signature (never a third party's file).
 */
public final class SignedPackages {

    private SignedPackages() {}

    /**
     * The CSAR with a signature over other bytes: it does not verify ({@code CSAR-SIGNATURE-INVALID}), while
     * everything else about the package is valid.
     */
    public static byte[] withBrokenSignature(String name, byte[] csar) {
        return pack(name, csar, sign(("not " + name).getBytes(StandardCharsets.UTF_8)));
    }

    /** The CSAR with an intact signature; without trust anchors it is only unverified (a warning). */
    public static byte[] signed(String name, byte[] csar) {
        return pack(name, csar, sign(csar));
    }

    private static byte[] pack(String name, byte[] csar, byte[] cms) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, name + ".csar", csar);
            put(zip, name + ".cms", cms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String entry, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] sign(byte[] content) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            KeyPair keys = generator.generateKeyPair();
            X509Certificate certificate = certificate(keys);
            CMSSignedDataGenerator cms = new CMSSignedDataGenerator();
            cms.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                            new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()), certificate));
            cms.addCertificates(new JcaCertStore(List.of(certificate)));
            byte[] der =
                    cms.generate(new CMSProcessableByteArray(content), false).getEncoded();
            return ("-----BEGIN CMS-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END CMS-----\n")
                    .getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("cannot sign a test package", e);
        }
    }

    private static X509Certificate certificate(KeyPair keys)
            throws OperatorCreationException, GeneralSecurityException {
        Instant now = Instant.now();
        X500Name subject = new X500Name("CN=Test vendor");
        var builder = new JcaX509v3CertificateBuilder(
                subject,
                BigInteger.ONE,
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(365))),
                subject,
                keys.getPublic());
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    }
}
