package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.chainline.tosca.csar.CsarWriter;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Packages written by the engine are valid SOL004 packages, reproducibly, and re-packaging keeps them valid. */
class CsarWriterTest {

    private static final Map<String, String> METADATA = Map.of(
            "vnf_provider_id", "Chainline",
            "vnf_product_name", "fw",
            "vnf_release_date_time", "2026-11-28T10:00:00+00:00",
            "vnf_package_version", "1.0");

    private final ToscaEngine engine = new ToscaEngine();

    private static byte[] write(Map<String, byte[]> files, String entry) {
        return new CsarWriter().write(new CsarWriter.Content(entry, files, new TreeMap<>(METADATA), "Chainline tests"));
    }

    @Test
    void aWrittenPackageIsAcceptedWithoutAnyWarning() {
        byte[] csar = write(
                Map.of("Definitions/fw.yaml", Fixtures.VALID_VNFD.getBytes(StandardCharsets.UTF_8)),
                "Definitions/fw.yaml");

        ValidationReport report = engine.validateCsar("fw.csar", csar);

        assertThat(report.issues()).noneMatch(i -> i.severity() != Severity.INFO);
        assertThat(report.kind()).isEqualTo("vnfd");
    }

    @Test
    void theSameContentGivesTheSameBytes() {
        Map<String, byte[]> files = Map.of("Definitions/fw.yaml", Fixtures.VALID_VNFD.getBytes(StandardCharsets.UTF_8));

        assertThat(write(files, "Definitions/fw.yaml")).isEqualTo(write(files, "Definitions/fw.yaml"));
    }

    @Test
    void repackagingARealTackerPackageKeepsItValid() throws IOException {
        Path dir = Corpus.root()
                .map(r -> r.resolve("openstack-tacker/samples/free5gc/cnf/sample_free5gc_cnf_package"))
                .orElse(null);
        assumeTrue(dir != null && Files.isDirectory(dir), "../shared/tosca-corpus is not beside this clone");
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = dir.relativize(file).toString();
                if (!path.startsWith("TOSCA-Metadata/") && !path.endsWith(".mf")) {
                    files.put(path, Files.readAllBytes(file));
                }
            }
        }
        // the upstream package references a management-driver script it does not ship: add it, as a user would
        files.put("Scripts/free5gc_mgmt_cnf.py", "# management driver\n".getBytes(StandardCharsets.UTF_8));

        ValidationReport report =
                engine.validateCsar("repacked.csar", write(files, "Definitions/free5gc_top.vnfd.yaml"));

        assertThat(report.issues()).filteredOn(Issue::isError).isEmpty();
        assertThat(report.kind()).isEqualTo("vnfd");
        assertThat(report.sol001Version()).hasValue("2.6.1");
    }
}
