package io.chainline.console.catalog.service.registry;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/** PEM public keys as {@code cosign generate-key-pair} writes them (ECDSA), and RSA or Ed25519 ones. */
public final class PublicKeys {

    private PublicKeys() {}

    public static PublicKey parse(String pem) {
        String body = pem == null
                ? ""
                : pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s+", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw invalid("its body is not Base64", e);
        }
        if (der.length == 0) {
            throw invalid("it is empty", null);
        }
        for (String algorithm : List.of("EC", "RSA", "Ed25519")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException tryNext) {
                // not this kind of key
            }
        }
        throw invalid("it is not an ECDSA, RSA or Ed25519 public key", null);
    }

    /** The JCA signature algorithm cosign uses with this key. */
    static String signatureAlgorithm(PublicKey key) {
        return switch (key.getAlgorithm()) {
            case "EC" ->
                ((ECPublicKey) key).getParams().getCurve().getField().getFieldSize() > 256
                        ? "SHA384withECDSA"
                        : "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> "Ed25519";
        };
    }

    private static ChainlineException invalid(String why, Exception cause) {
        return new ChainlineException(
                "SIGNATURE-KEY-INVALID",
                Category.INVALID,
                "A trusted key is not a PEM public key (" + why + "); paste the whole cosign.pub, BEGIN and END"
                        + " lines included.",
                cause);
    }
}
