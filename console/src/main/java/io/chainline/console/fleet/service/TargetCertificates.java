package io.chainline.console.fleet.service;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;

/**
 * The certificates in a target's access details, found in the fields its platform seals (ADR 23: every platform
 * encodes its access as named text fields): PEM certificates pasted into a field (a Docker TLS CA and client
 * certificate, an OpenStack or Kubernetes CA bundle) and the base64 {@code *-certificate-data} of a kubeconfig. So
 * the fleet watches their expiry without knowing any platform's record. Private keys are never read.
 */
final class TargetCertificates {

    /** One certificate and where it came from, e.g. {@code clientCertificate} or {@code kubeconfig client-certificate}. */
    record Seen(String field, X509Certificate certificate) {

        /** The certificate's subject common name, or its whole subject when it has no CN. */
        String subject() {
            String dn = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
            Matcher cn = Pattern.compile("(?:^|,)CN=([^,]*)").matcher(dn);
            return cn.find() ? cn.group(1) : dn;
        }
    }

    private static final Pattern PEM =
            Pattern.compile("-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----", Pattern.DOTALL);
    private static final Pattern KUBECONFIG_DATA =
            Pattern.compile("(client-certificate-data|certificate-authority-data):\\s*[\"']?([A-Za-z0-9+/=]+)");

    private TargetCertificates() {}

    /** Every readable certificate in the fields, in field order; unreadable material is skipped (it was checked). */
    static List<Seen> in(Map<String, String> fields) {
        List<Seen> seen = new ArrayList<>();
        new java.util.TreeMap<>(fields).forEach((field, value) -> {
            if (value == null) {
                return;
            }
            parse(value).forEach(c -> seen.add(new Seen(field, c)));
            Matcher data = KUBECONFIG_DATA.matcher(value);
            while (data.find()) {
                String label = field + " " + data.group(1).replace("-data", "");
                decoded(data.group(2)).stream()
                        .flatMap(pem -> parse(pem).stream())
                        .forEach(c -> seen.add(new Seen(label, c)));
            }
        });
        return seen;
    }

    /** The PEM certificates in a text. */
    static List<X509Certificate> parse(String text) {
        List<X509Certificate> found = new ArrayList<>();
        Matcher pem = PEM.matcher(text);
        while (pem.find()) {
            try {
                found.add((X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(
                                new ByteArrayInputStream(pem.group().getBytes(StandardCharsets.US_ASCII))));
            } catch (CertificateException | ClassCastException unreadable) {
                // registration checks the material; one that slipped through is not this rule's to report
            }
        }
        return found;
    }

    private static List<String> decoded(String base64) {
        try {
            return List.of(new String(Base64.getDecoder().decode(base64), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException notBase64) {
            return List.of();
        }
    }
}
