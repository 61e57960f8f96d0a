package io.chainline.tosca;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** Throw-away signers for the signature tests: a fresh EC key and a self-signed certificate valid when told. */
final class TestSigners {

    record Signer(KeyPair keys, X509Certificate certificate) {}

    private TestSigners() {}

    static Signer signer(String name, Instant notBefore, Instant notAfter) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair keys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=" + name);
        var builder = new JcaX509v3CertificateBuilder(
                subject, BigInteger.ONE, Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic());
        X509Certificate cert = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        return new Signer(keys, cert);
    }

    /** A detached CMS signature of the content, PEM-armoured, with the signer's certificate inside. */
    static byte[] sign(byte[] content, Signer signer) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(
                new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                        .build(
                                new JcaContentSignerBuilder("SHA256withECDSA")
                                        .build(signer.keys().getPrivate()),
                                signer.certificate()));
        generator.addCertificates(new JcaCertStore(List.of(signer.certificate())));
        byte[] der =
                generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        return ("-----BEGIN CMS-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END CMS-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
