package io.chainline.connector.api;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks pasted certificates and keys when a target is registered or changed, so material that can never work is
 * refused there, naming the field, instead of failing every later test and sync. Never quotes the material back.
 */
public final class AccessMaterial {

    private static final Pattern PEM =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----\\s*(.*?)\\s*-----END \\1-----", Pattern.DOTALL);
    private static final byte[] OPENSSH_MAGIC = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);

    private AccessMaterial() {}

    /** One or more PEM certificates (a CA bundle may hold several). */
    public static void requireCertificates(String pem, String field) {
        if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
            throw invalid(field, "is no PEM certificate; paste the text from -----BEGIN CERTIFICATE----- on.");
        }
        try {
            var certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            if (certificates.isEmpty()) {
                throw new CertificateException("no certificate");
            }
        } catch (CertificateException e) {
            throw invalid(
                    field, "is not a readable PEM certificate (" + e.getClass().getSimpleName() + ").", e);
        }
    }

    /** An unencrypted PEM private key: PKCS#8, PKCS#1 (RSA), SEC1 (EC) or OpenSSH. */
    public static void requirePrivateKey(String pem, String field) {
        Matcher m = PEM.matcher(pem);
        if (!m.find() || !m.group(1).endsWith("PRIVATE KEY")) {
            throw invalid(field, "is no PEM private key; paste the text from -----BEGIN … PRIVATE KEY----- on.");
        }
        String type = m.group(1);
        if (type.contains("ENCRYPTED") || m.group(2).contains("Proc-Type:")) {
            throw invalid(field, "is encrypted; the console needs the key without a passphrase.");
        }
        byte[] der = decode(m.group(2), field);
        boolean readable = switch (type) {
            case "PRIVATE KEY" -> pkcs8(der);
            case "OPENSSH PRIVATE KEY" -> startsWith(der, OPENSSH_MAGIC);
            // PKCS#1 and SEC1 are DER sequences; the connector's TLS stack reads the rest
            case "RSA PRIVATE KEY", "EC PRIVATE KEY" -> der.length > 16 && der[0] == 0x30;
            default -> false;
        };
        if (!readable) {
            throw invalid(field, "is not a readable " + type.toLowerCase(java.util.Locale.ROOT) + ".");
        }
    }

    private static boolean pkcs8(byte[] der) {
        for (String algorithm : List.of("RSA", "EC", "Ed25519", "Ed448")) {
            try {
                KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
                return true;
            } catch (GeneralSecurityException | IllegalArgumentException notThisAlgorithm) {
                // try the next one
            }
        }
        return false;
    }

    private static byte[] decode(String body, String field) {
        try {
            return Base64.getDecoder().decode(body.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw invalid(field, "is not valid PEM: its body is not base64.", e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static AccessException invalid(String field, String problem) {
        return invalid(field, problem, null);
    }

    private static AccessException invalid(String field, String problem, Throwable cause) {
        return new AccessException("FLEET-ACCESS-MATERIAL", field, "The " + field + " " + problem, cause);
    }
}
