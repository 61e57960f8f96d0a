package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Profile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Manifest completeness and repeated YAML keys (issue 23): a packaged file the manifest omits and a key repeated with
 * another value are what Tacker and tosca-parser load, so interop reads on with an INTEROP-* warning at the place; a
 * Source the package lacks stays an error in both profiles.
 */
class InteropManifestTest {

    private static final ToscaEngine STRICT = new ToscaEngine();
    private static final ToscaEngine INTEROP = new ToscaEngine().withProfile(Profile.INTEROP);

    private static final String META = """
            TOSCA-Meta-File-Version: 1.0
            CSAR-Version: 1.1
            Created-By: Chainline tests
            Entry-Definitions: Definitions/vnfd.yaml
            ETSI-Entry-Manifest: vnfd.mf
            """;

    private static Map<String, String> files(String vnfd) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("TOSCA-Metadata/TOSCA.meta", META);
        files.put("Definitions/vnfd.yaml", vnfd);
        return files;
    }

    private static String manifest(Map<String, String> listed, String... missing) {
        StringBuilder mf = new StringBuilder("""
                metadata:
                  vnf_provider_id: Chainline
                  vnf_product_name: fw
                  vnf_release_date_time: 2026-11-28T10:00:00+00:00
                  vnf_package_version: 1.0

                """);
        listed.forEach((path, text) -> mf.append("Source: ")
                .append(path)
                .append("\nAlgorithm: SHA-256\nHash: ")
                .append(Fixtures.sha256(text))
                .append("\n\n"));
        for (String path : missing) {
            mf.append("Source: ")
                    .append(path)
                    .append("\nAlgorithm: SHA-256\nHash: ")
                    .append("0".repeat(64));
            mf.append("\n\n");
        }
        return mf.toString();
    }

    private static List<Issue> withCode(ValidationReport report, IssueCode code) {
        return report.issues().stream().filter(i -> i.code() == code).toList();
    }

    @Test
    void aManifestSourceThePackageLacksStaysAnErrorInBothProfiles() {
        // ONAP's validator refuses it (r146092), and it may be an image the deployment needs.
        Map<String, String> files = files(Fixtures.VALID_VNFD);
        files.put("vnfd.mf", manifest(files, "Scripts/install.sh"));
        byte[] pkg = Fixtures.zip(files);

        for (ToscaEngine engine : List.of(STRICT, INTEROP)) {
            ValidationReport report = engine.validateCsar("fw.csar", pkg);
            assertThat(report.accepted()).isFalse();
            assertThat(withCode(report, IssueCode.CSAR_SOURCE_MISSING))
                    .singleElement()
                    .satisfies(i -> assertThat(i.message()).contains("Scripts/install.sh"));
        }
    }

    @Test
    void aPackagedFileTheManifestOmitsIsToleratedByInterop() {
        Map<String, String> files = files(Fixtures.VALID_VNFD);
        files.put("vnfd.mf", manifest(files));
        files.put("Files/ChangeLog.txt", "first release\n");
        byte[] pkg = Fixtures.zip(files);

        assertThat(withCode(STRICT.validateCsar("fw.csar", pkg), IssueCode.CSAR_FILE_NOT_IN_MANIFEST))
                .singleElement()
                .satisfies(i -> assertThat(i.isError()).isTrue());
        ValidationReport interop = INTEROP.validateCsar("fw.csar", pkg);
        assertThat(interop.issues()).noneMatch(Issue::isError);
        assertThat(withCode(interop, IssueCode.INTEROP_FILE_NOT_IN_MANIFEST))
                .singleElement()
                .satisfies(i -> assertThat(i.file()).isEqualTo("Files/ChangeLog.txt"));
    }

    @Test
    void aKeyRepeatedWithAnotherValueCountsLastInInteropAsPyYamlReadsIt() {
        String vnfd = """
                tosca_definitions_version: tosca_simple_yaml_1_3
                description: first
                metadata:
                  template_name: dup
                  template_author: Chainline tests
                  template_version: "1.0"
                  template_version: "2.0"
                topology_template:
                  node_templates:
                    server:
                      type: tosca.nodes.Compute
                """;
        byte[] bytes = vnfd.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        ImportResult strict = STRICT.importYaml("dup.yaml", bytes);
        assertThat(strict.report().accepted()).isFalse();
        assertThat(withCode(strict.report(), IssueCode.YAML_DUPLICATE_KEY))
                .singleElement()
                .satisfies(i -> assertThat(i.line()).isEqualTo(7));

        ValidationReport interop = INTEROP.importYaml("dup.yaml", bytes).report();
        assertThat(interop.issues()).noneMatch(Issue::isError);
        assertThat(withCode(interop, IssueCode.INTEROP_DUPLICATE_KEY))
                .singleElement()
                .satisfies(i -> assertThat(i.message()).contains("line 7 counts"));
    }
}
