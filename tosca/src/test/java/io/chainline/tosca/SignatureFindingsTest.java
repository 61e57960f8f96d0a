package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.csar.TrustAnchors;
import io.chainline.tosca.csar.ZipLimits;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.issue.Severity;
import io.chainline.tosca.yaml.YamlLimits;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a signature finding says (issue 23): what was verified, which variants were tried, an out-of-date certificate
 * with its subject and dates; that no profile tolerates a failing signature; and that an administrator's override
 * turns each failure into a CSAR-SIGNATURE-OVERRIDDEN warning quoting it. Keys and certificates are made here, and
 * the time certificates are judged at is fixed (never the wall clock).
 */
class SignatureFindingsTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    private static final TrustAnchors NO_ANCHORS = new TrustAnchors(List.of(), NOW);

    private static final String META = """
            TOSCA-Meta-File-Version: 1.0
            CSAR-Version: 1.1
            Created-By: Chainline tests
            Entry-Definitions: Definitions/vnfd.yaml
            ETSI-Entry-Manifest: vnfd.mf
            """;

    private static ToscaEngine engine(TrustAnchors anchors) {
        return new ToscaEngine(YamlLimits.DEFAULT, ZipLimits.DEFAULT, anchors);
    }

    private static TestSigners.Signer current(String name) throws Exception {
        return TestSigners.signer(name, NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(365)));
    }

    /** Like ONAP's test data: valid from 2017 to 2019. */
    private static TestSigners.Signer expired(String name) throws Exception {
        return TestSigners.signer(name, Instant.parse("2017-03-01T00:00:00Z"), Instant.parse("2019-03-01T00:00:00Z"));
    }

    /** The manifest's text before its CMS block: metadata and the digest of every other file, LF line endings. */
    private static String manifestText(Map<String, String> files) {
        StringBuilder mf = new StringBuilder("""
                metadata:
                  vnf_provider_id: Chainline
                  vnf_product_name: fw
                  vnf_release_date_time: 2026-11-28T10:00:00+00:00
                  vnf_package_version: 1.0

                """);
        files.forEach((path, text) -> mf.append("Source: ")
                .append(path)
                .append("\nAlgorithm: SHA-256\nHash: ")
                .append(Fixtures.sha256(text))
                .append("\n\n"));
        return mf.toString();
    }

    /**
     * A SOL004 option-1 package: the manifest carries a CMS block over {@code signed}, and ships {@code shipped}
     * before that block.
     */
    private static byte[] optionOne(String shipped, String signed, TestSigners.Signer signer) throws Exception {
        Map<String, String> files = files();
        String cms =
                new String(TestSigners.sign(signed.getBytes(StandardCharsets.UTF_8), signer), StandardCharsets.UTF_8);
        files.put("vnfd.mf", shipped + cms);
        return Fixtures.zip(files);
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("TOSCA-Metadata/TOSCA.meta", META);
        files.put("Definitions/vnfd.yaml", Fixtures.VALID_VNFD);
        return files;
    }

    private static Issue only(ValidationReport report, IssueCode code) {
        return report.issues().stream()
                .filter(i -> i.code() == code)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + report.issues()));
    }

    @Test
    void anIntactManifestSignatureIsOnlyUnverifiedWithoutAnchors() throws Exception {
        String text = manifestText(files());

        ValidationReport report = engine(NO_ANCHORS).validateCsar("fw.csar", optionOne(text, text, current("Vendor")));

        assertThat(report.issues()).noneMatch(Issue::isError);
        assertThat(only(report, IssueCode.CSAR_SIGNATURE_UNVERIFIED).message()).doesNotContain("expired");
    }

    @Test
    void aManifestSignedWithOtherLineEndingsSaysWhatWasVerifiedAndWhatMatched() throws Exception {
        String lf = manifestText(files());
        String crlf = lf.replace("\n", "\r\n");

        ValidationReport report = engine(NO_ANCHORS).validateCsar("fw.csar", optionOne(crlf, lf, current("Vendor")));

        assertThat(report.accepted()).isFalse();
        assertThat(only(report, IssueCode.CSAR_SIGNATURE_INVALID).message())
                .contains("Verified: the manifest vnfd.mf before its CMS block (" + crlf.length() + " bytes")
                .contains("CRLF line endings, ending with a blank line")
                .contains("Also tried: ")
                .contains("no trailing blank line")
                .contains("It matches only with LF line endings")
                .doesNotContain("expired");
    }

    @Test
    void aNonMatchingSignatureByAnExpiredCertificateSaysBoth() throws Exception {
        String text = manifestText(files());

        ValidationReport report = engine(NO_ANCHORS)
                .validateCsar("fw.csar", optionOne(text, text + "Source: other\n", expired("Old Vendor")));

        assertThat(report.accepted()).isFalse();
        assertThat(only(report, IssueCode.CSAR_SIGNATURE_INVALID).message())
                .contains("None matches")
                .contains("CRLF line endings and no trailing blank line")
                .contains("The signing certificate CN=Old Vendor has expired")
                .contains("valid 2017-03-01T00:00:00Z to 2019-03-01T00:00:00Z, checked at " + NOW);
    }

    @Test
    void theInteropProfileDoesNotTolerateAFailingSignature() throws Exception {
        String text = manifestText(files());
        byte[] pkg = optionOne(text, text + "# changed\n", current("Vendor"));

        ValidationReport report =
                engine(NO_ANCHORS).withProfile(Profile.INTEROP).validateCsar("fw.csar", pkg);

        assertThat(report.accepted()).isFalse();
        assertThat(report.issues()).extracting(Issue::code).contains(IssueCode.CSAR_SIGNATURE_INVALID);
    }

    @Test
    void anExpiredSignerIsUntrustedWithItsSubjectAndDates() throws Exception {
        TestSigners.Signer old = expired("Old Vendor");
        String text = manifestText(files());

        ValidationReport report = engine(new TrustAnchors(List.of(old.certificate()), NOW))
                .validateCsar("fw.csar", optionOne(text, text, old));

        assertThat(only(report, IssueCode.CSAR_SIGNATURE_UNTRUSTED).message())
                .contains("not valid at " + NOW)
                .contains("CN=Old Vendor has expired")
                .contains("2019-03-01T00:00:00Z");
    }

    @Test
    void aCertificateNotYetValidIsSaidSo() throws Exception {
        TestSigners.Signer early =
                TestSigners.signer("Early", NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(9)));
        String text = manifestText(files());

        ValidationReport report = engine(new TrustAnchors(List.of(early.certificate()), NOW))
                .validateCsar("fw.csar", optionOne(text, text, early));

        assertThat(only(report, IssueCode.CSAR_SIGNATURE_UNTRUSTED).message()).contains("CN=Early is not yet valid");
    }

    @Test
    void theOverrideTurnsANonMatchingSignatureIntoAWarningQuotingIt() throws Exception {
        String text = manifestText(files());
        byte[] pkg = optionOne(text, text + "# changed\n", expired("Old Vendor"));

        ValidationReport report = engine(NO_ANCHORS).withSignatureOverride().validateCsar("fw.csar", pkg);

        assertThat(report.accepted()).isTrue();
        assertThat(report.issues()).extracting(Issue::code).doesNotContain(IssueCode.CSAR_SIGNATURE_INVALID);
        Issue overridden = only(report, IssueCode.CSAR_SIGNATURE_OVERRIDDEN);
        assertThat(overridden.severity()).isEqualTo(Severity.WARNING);
        assertThat(overridden.file()).isEqualTo("vnfd.mf");
        assertThat(overridden.message())
                .contains("override")
                .contains("CSAR-SIGNATURE-INVALID: The signature does not match the signed content")
                .contains("has expired");
    }

    @Test
    void theOverrideCoversAnUntrustedSignerAndKeepsTheProfile() throws Exception {
        String text = manifestText(files());
        byte[] pkg = optionOne(text, text, current("Somebody"));
        TrustAnchors anchors = new TrustAnchors(List.of(current("Vendor").certificate()), NOW);

        ToscaEngine overriding = engine(anchors).withProfile(Profile.INTEROP).withSignatureOverride();
        ValidationReport report = overriding.validateCsar("fw.csar", pkg);

        assertThat(overriding.profile()).isEqualTo(Profile.INTEROP);
        assertThat(report.accepted()).isTrue();
        assertThat(only(report, IssueCode.CSAR_SIGNATURE_OVERRIDDEN).message())
                .contains("CSAR-SIGNATURE-UNTRUSTED: The signer CN=Somebody is not a configured trust anchor");
    }

    @Test
    void theOverrideReadsAnOptionTwoPackageWithoutItsSignature() {
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put(
                "fw.csar",
                Fixtures.zip(Map.of(
                        "TOSCA-Metadata/TOSCA.meta",
                        "TOSCA-Meta-File-Version: 1.0\nCSAR-Version: 1.1\nCreated-By: t\nEntry-Definitions: vnfd.yaml\n",
                        "vnfd.yaml",
                        Fixtures.VALID_VNFD)));
        outer.put("fw.cert", new byte[] {1});
        byte[] pkg = Fixtures.zipBytes(outer);

        assertThat(engine(NO_ANCHORS).validateCsar("fw.zip", pkg).issues())
                .extracting(Issue::code)
                .contains(IssueCode.CSAR_CERTIFICATE_MISSING);
        ValidationReport overridden = engine(NO_ANCHORS).withSignatureOverride().validateCsar("fw.zip", pkg);
        assertThat(overridden.accepted()).isTrue();
        assertThat(overridden.kind()).isEqualTo("vnfd");
        assertThat(only(overridden, IssueCode.CSAR_SIGNATURE_OVERRIDDEN).message())
                .contains("CSAR-CERTIFICATE-MISSING");
    }
}
