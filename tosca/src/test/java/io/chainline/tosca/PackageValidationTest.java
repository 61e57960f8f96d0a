package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.IssueCode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SOL004 packages: a valid one, and each way a package can be broken or hostile. */
class PackageValidationTest {

    private static final String META = """
            TOSCA-Meta-File-Version: 1.0
            CSAR-Version: 1.1
            Created-By: Chainline tests
            Entry-Definitions: Definitions/vnfd.yaml
            ETSI-Entry-Manifest: vnfd.mf
            """;

    private final ToscaEngine engine = new ToscaEngine();

    private static Map<String, String> validPackage() {
        return packageWith(META);
    }

    private static Map<String, String> packageWith(String meta) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("TOSCA-Metadata/TOSCA.meta", meta);
        files.put("Definitions/vnfd.yaml", Fixtures.VALID_VNFD);
        files.put("vnfd.mf", manifest(files));
        return files;
    }

    private static String manifest(Map<String, String> files) {
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

    private static Issue error(ValidationReport report) {
        assertThat(report.accepted()).isFalse();
        return report.issues().stream().filter(Issue::isError).findFirst().orElseThrow();
    }

    @Test
    void aValidPackageWithEveryDigestRightIsAccepted() {
        ValidationReport report = engine.validateCsar("fw.csar", Fixtures.zip(validPackage()));

        assertThat(report.issues()).noneMatch(Issue::isError);
        assertThat(report.kind()).isEqualTo("vnfd");
    }

    @Test
    void invalidAFileChangedAfterTheManifestWasWritten() {
        Map<String, String> files = validPackage();
        files.put("Definitions/vnfd.yaml", Fixtures.VALID_VNFD + "# tampered\n");

        Issue issue = error(engine.validateCsar("fw.csar", Fixtures.zip(files)));
        assertThat(issue.code()).isEqualTo(IssueCode.CSAR_HASH_MISMATCH);
        assertThat(issue.message()).contains("Definitions/vnfd.yaml").contains("line");
    }

    @Test
    void invalidAFileThatIsNotInTheManifest() {
        Map<String, String> files = validPackage();
        files.put("Scripts/extra.sh", "echo hi\n");

        Issue issue = error(engine.validateCsar("fw.csar", Fixtures.zip(files)));
        assertThat(issue.code()).isEqualTo(IssueCode.CSAR_FILE_NOT_IN_MANIFEST);
        assertThat(issue.file()).isEqualTo("Scripts/extra.sh");
    }

    @Test
    void invalidEntryDefinitionsMissing() {
        Map<String, String> files = packageWith(META.replace("Entry-Definitions: Definitions/vnfd.yaml\n", ""));

        Issue issue = error(engine.validateCsar("fw.csar", Fixtures.zip(files)));
        assertThat(issue.code()).isEqualTo(IssueCode.CSAR_META_INVALID);
        assertThat(issue.message()).contains("Entry-Definitions");
    }

    @Test
    void hostileZipSlipEntryIsRefused() {
        Map<String, String> files = validPackage();
        files.put("../../etc/cron.d/evil", "* * * * * root sh\n");

        Issue issue = error(engine.validateCsar("fw.csar", Fixtures.zip(files)));
        assertThat(issue.code()).isEqualTo(IssueCode.CSAR_ZIP_UNSAFE);
    }

    @Test
    void hostileSymbolicLinkEntryIsRefused() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("Definitions/vnfd.yaml"));
            zip.write("/etc/shadow".getBytes());
            zip.closeEntry();
        }
        byte[] bytes = out.toByteArray();
        markAsUnixSymlink(bytes);

        Issue issue = error(engine.validateCsar("link.csar", bytes));
        assertThat(issue.code()).isEqualTo(IssueCode.CSAR_ZIP_UNSAFE);
        assertThat(issue.message()).contains("symbolic link");
    }

    /** java.util.zip cannot write link entries: set "made by Unix" and mode 0120777 in the central record. */
    private static void markAsUnixSymlink(byte[] zip) {
        for (int i = zip.length - 46; i >= 0; i--) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
                zip[i + 5] = 3; // version made by: Unix
                int attributes = 0120777 << 16;
                for (int b = 0; b < 4; b++) {
                    zip[i + 38 + b] = (byte) (attributes >>> (8 * b));
                }
                return;
            }
        }
        throw new IllegalStateException("no central directory record");
    }

    @Test
    void hostileZipBombIsRefusedByItsRatio() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Files/zeros.bin", new byte[64 << 20]);

        Issue issue = error(engine.validateCsar("bomb.csar", Fixtures.zipBytes(files)));
        assertThat(issue.code()).isEqualTo(IssueCode.CSAR_ZIP_UNSAFE);
        assertThat(issue.message()).contains("zip bomb");
    }

    @Test
    void invalidNotAZipAtAll() {
        Issue issue = error(engine.validateCsar("x.csar", "tosca_definitions_version: x".getBytes()));
        assertThat(issue.code()).isEqualTo(IssueCode.CSAR_NOT_A_ZIP);
    }

    @Test
    void aSignedOptionTwoPackageWithADamagedSignatureIsRefused() {
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("fw.csar", Fixtures.zip(validPackage()));
        outer.put("fw.cms", "not really a signature".getBytes());
        // an unreadable CMS is an invalid signature, not a crash

        ValidationReport report = engine.validateCsar("fw.zip", Fixtures.zipBytes(outer));
        assertThat(report.issues()).extracting(Issue::code).contains(IssueCode.CSAR_SIGNATURE_INVALID);
        assertThat(report.accepted()).isFalse();
        assertThat(report.kind()).isEqualTo("vnfd"); // the wrapped package is still read and reported on
    }
}
