package io.chainline.connector.api;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Certificates and keys that could never work are refused when given, naming the field, never quoting it. */
class AccessMaterialTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = AccessMaterialTest.class.getResourceAsStream("/access/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void readablePemCertificatesAndKeysPass() throws IOException {
        assertThatCode(() -> AccessMaterial.requireCertificates(resource("client-cert.pem"), "client certificate"))
                .doesNotThrowAnyException();
        assertThatCode(() -> AccessMaterial.requirePrivateKey(resource("client-key.pem"), "client key"))
                .doesNotThrowAnyException();
        assertThatCode(() -> AccessMaterial.requirePrivateKey(resource("ec-key.pem"), "client key"))
                .doesNotThrowAnyException();
    }

    @Test
    void aKeyThatIsNoPemIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> AccessMaterial.requirePrivateKey("key-SECRET123", "client key"))
                .isInstanceOf(AccessException.class)
                .hasMessageContaining("client key")
                .hasMessageNotContaining("SECRET123")
                .extracting(e -> ((AccessException) e).code())
                .isEqualTo("FLEET-ACCESS-MATERIAL");
        assertThatThrownBy(() -> AccessMaterial.requirePrivateKey(
                        "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbA==\n-----END PRIVATE KEY-----",
                        "client key"))
                .hasMessageContaining("not a readable private key");
        assertThatThrownBy(() -> AccessMaterial.requirePrivateKey(
                        "-----BEGIN PRIVATE KEY-----\n!!!\n-----END PRIVATE KEY-----", "client key"))
                .hasMessageContaining("base64");
    }

    @Test
    void aCertificateThatIsNoPemIsRefused() throws IOException {
        assertThatThrownBy(() -> AccessMaterial.requireCertificates("-----BEGIN CERTIFICATE-----", "CA certificate"))
                .isInstanceOf(AccessException.class)
                .hasMessageContaining("CA certificate");
        // a key pasted where the certificate belongs
        String key = resource("client-key.pem");
        assertThatThrownBy(() -> AccessMaterial.requireCertificates(key, "client certificate"))
                .hasMessageContaining("client certificate");
    }
}
