package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.csar.SecurityOption;
import io.chainline.tosca.csar.TrustAnchors;
import io.chainline.tosca.csar.ZipLimits;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.yaml.YamlLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SOL004 option-2 signatures, made in the test with a throw-away key, verified against configured anchors. */
class PackageSignatureTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private static TestSigners.Signer signer(String name) throws Exception {
        return TestSigners.signer(name, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365)));
    }

    private static byte[] sign(byte[] content, TestSigners.Signer signer) throws Exception {
        return TestSigners.sign(content, signer);
    }

    private static byte[] innerCsar() {
        return Fixtures.zip(Map.of(
                "TOSCA-Metadata/TOSCA.meta",
                "TOSCA-Meta-File-Version: 1.0\nCSAR-Version: 1.1\nCreated-By: test\nEntry-Definitions: vnfd.yaml\n",
                "vnfd.yaml",
                Fixtures.VALID_VNFD));
    }

    private static byte[] signedPackage(byte[] csar, byte[] cms) {
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("fw.csar", csar);
        outer.put("fw.cms", cms);
        return Fixtures.zipBytes(outer);
    }

    private static ValidationReport validate(byte[] pkg, TrustAnchors anchors) {
        return new ToscaEngine(YamlLimits.DEFAULT, ZipLimits.DEFAULT, anchors).validateCsar("fw.zip", pkg);
    }

    @Test
    void anIntactSignatureByATrustedSignerIsAccepted() throws Exception {
        TestSigners.Signer vendor = signer("Vendor");
        byte[] csar = innerCsar();

        ValidationReport report =
                validate(signedPackage(csar, sign(csar, vendor)), new TrustAnchors(List.of(vendor.certificate()), NOW));

        assertThat(report.issues()).noneMatch(Issue::isError);
        assertThat(report.issues()).extracting(Issue::code).doesNotContain(IssueCode.CSAR_SIGNATURE_UNVERIFIED);
    }

    @Test
    void theSecurityOptionIsTheOneTheBytesUse() throws Exception {
        byte[] csar = innerCsar();
        Map<String, byte[]> withoutSignature = new LinkedHashMap<>();
        withoutSignature.put("fw.csar", csar);
        Map<String, byte[]> twoPackages = new LinkedHashMap<>();
        twoPackages.put("a.csar", csar);
        twoPackages.put("b.csar", csar);
        twoPackages.put("a.cms", sign(csar, signer("Vendor")));

        assertThat(SecurityOption.of(signedPackage(csar, sign(csar, signer("Vendor")))))
                .isEqualTo(SecurityOption.OPTION_2);
        assertThat(SecurityOption.of(csar))
                .as("a CSAR, its manifest signed or not")
                .isEqualTo(SecurityOption.OPTION_1);
        assertThat(SecurityOption.of(Fixtures.zipBytes(withoutSignature))).isEqualTo(SecurityOption.OPTION_1);
        assertThat(SecurityOption.of(Fixtures.zipBytes(twoPackages))).isEqualTo(SecurityOption.OPTION_1);
        assertThat(SecurityOption.of("not a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(SecurityOption.OPTION_1);
    }

    @Test
    void aPackageChangedAfterSigningIsRefused() throws Exception {
        TestSigners.Signer vendor = signer("Vendor");
        byte[] cms = sign(innerCsar(), vendor);
        byte[] other = Fixtures.zip(Map.of("TOSCA-Metadata/TOSCA.meta", "Entry-Definitions: x.yaml\n", "x.yaml", "x"));

        ValidationReport report =
                validate(signedPackage(other, cms), new TrustAnchors(List.of(vendor.certificate()), NOW));

        assertThat(report.issues()).extracting(Issue::code).contains(IssueCode.CSAR_SIGNATURE_INVALID);
        assertThat(report.accepted()).isFalse();
    }

    @Test
    void aSignerWhoIsNotAnAnchorIsUntrusted() throws Exception {
        byte[] csar = innerCsar();

        ValidationReport report = validate(
                signedPackage(csar, sign(csar, signer("Somebody"))),
                new TrustAnchors(List.of(signer("Vendor").certificate()), NOW));

        assertThat(report.issues()).extracting(Issue::code).contains(IssueCode.CSAR_SIGNATURE_UNTRUSTED);
    }

    @Test
    void anExpiredSignerIsUntrusted() throws Exception {
        TestSigners.Signer vendor = signer("Vendor");
        byte[] csar = innerCsar();

        ValidationReport report = validate(
                signedPackage(csar, sign(csar, vendor)),
                new TrustAnchors(List.of(vendor.certificate()), NOW.plus(Duration.ofDays(400))));

        assertThat(report.issues())
                .filteredOn(i -> i.code() == IssueCode.CSAR_SIGNATURE_UNTRUSTED)
                .singleElement()
                .extracting(Issue::message)
                .asString()
                .contains("not valid at");
    }

    @Test
    void withoutAnchorsAnIntactSignatureIsOnlyUnverified() throws Exception {
        byte[] csar = innerCsar();

        ValidationReport report = validate(signedPackage(csar, sign(csar, signer("Vendor"))), TrustAnchors.none());

        assertThat(report.accepted()).isTrue();
        assertThat(report.issues()).extracting(Issue::code).contains(IssueCode.CSAR_SIGNATURE_UNVERIFIED);
    }
}
