package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.model.ComputeVdu;
import io.chainline.tosca.model.Descriptor;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.VnfDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every legacy Tacker VNFD of the corpus that Tacker accepts converts to a SOL001 VNFD the console can size: each VM
 * VDU with nfv_compute or one of OpenStack's default flavour names has vCPUs and memory, any other flavour name says
 * so (TACKER-FLAVOR-UNKNOWN) instead of a silent 0; the conversion is reported once; the result exports as SOL001
 * and reads back equal. Judged by the interop profile, the console's default.
 */
class TackerLegacyCorpusTest {

    private static final ToscaEngine ENGINE = new ToscaEngine().withProfile(Profile.INTEROP);
    private static final Set<String> DEFAULT_FLAVOURS =
            Set.of("m1.tiny", "m1.small", "m1.medium", "m1.large", "m1.xlarge");

    static Stream<Corpus.Entry> legacyVnfds() {
        return Corpus.entries().stream()
                .filter(e -> e.path().startsWith("openstack-tacker-legacy/"))
                .filter(e -> e.kind().equals("vnfd") && e.expected().equals("accept"));
    }

    @Test
    void theCorpusHasLegacyVnfds() {
        assumeTrue(Corpus.root().isPresent(), "../shared/tosca-corpus is not beside this clone");
        assertThat(legacyVnfds().count()).isGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legacyVnfds")
    void convertsSizedReportedAndRoundTrips(Corpus.Entry entry, @TempDir Path dir) throws IOException {
        Path file = Corpus.root().orElseThrow().resolve(entry.path());
        ImportResult imported = ENGINE.importFile(file);
        List<Issue> issues = imported.report().issues();
        if (imported.descriptor().isEmpty()) {
            // the identity rule (a legacy VNFD without a name stops, coded: DescriptorIdentityTest), or a known
            // divergence (CorpusTest)
            assertThat(issues.stream().anyMatch(i -> i.code() == IssueCode.DESCRIPTOR_IDENTITY_MISSING)
                            || divergences().contains(entry.path()))
                    .as(issues.toString())
                    .isTrue();
            return;
        }
        VnfDescriptor vnf = (VnfDescriptor) imported.descriptor().get();
        assertThat(issues)
                .filteredOn(i -> i.code() == IssueCode.TACKER_LEGACY_CONVERTED)
                .hasSize(1);
        assertThat(issues)
                .filteredOn(i -> i.code().code().startsWith("TACKER-"))
                .allSatisfy(i -> {
                    assertThat(i.file()).isNotEmpty();
                    assertThat(i.line()).isPositive();
                    assertThat(i.path()).isNotEmpty();
                });
        sized(vnf, vdus(file), issues);
        roundTrips(vnf, dir);
    }

    private static void sized(VnfDescriptor vnf, Map<String, Boolean> sizedInYaml, List<Issue> issues) {
        for (ComputeVdu vdu : vnf.flavours().stream()
                .flatMap(f -> f.vdus().stream())
                .filter(ComputeVdu.class::isInstance)
                .map(ComputeVdu.class::cast)
                .toList()) {
            if (sizedInYaml.getOrDefault(vdu.node(), false)) {
                assertThat(vdu.virtualCpus()).as(vdu.node() + " vCPUs").isPositive();
                assertThat(vdu.memoryBytes()).as(vdu.node() + " memory").isPositive();
            } else {
                assertThat(issues)
                        .as(vdu.node() + " has no size Chainline knows: it must say so")
                        .anyMatch(i -> i.code() == IssueCode.TACKER_FLAVOR_UNKNOWN
                                && i.path().contains("node_templates." + vdu.node()));
            }
        }
    }

    private static void roundTrips(VnfDescriptor vnf, Path dir) throws IOException {
        Descriptor identified = DescriptorRoundTripTest.identified(vnf);
        ExportResult export = ENGINE.export(identified, Sol001Edition.V4_4_1);
        assertThat(export.ok()).as(export.report().issues().toString()).isTrue();
        Path written = DescriptorRoundTripTest.write(export.written().orElseThrow(), dir);
        assertThat(ENGINE.importFile(written).descriptor()).contains(identified);
    }

    /** The corpus files whose verdict is known to differ from the expected one (CorpusTest asserts the list). */
    private static List<String> divergences() throws IOException {
        try (var in = TackerLegacyCorpusTest.class.getResourceAsStream("corpus-divergences.tsv")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .map(line -> line.split("\t", 2)[0])
                    .toList();
        }
    }

    /**
     * Read independently of the engine: per VDU.Tacker node, whether it has nfv_compute or a default flavour name
     * (directly or as its input's default).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Boolean> vdus(Path file) throws IOException {
        Load load = new Load(LoadSettings.builder().setAllowDuplicateKeys(true).build());
        Map<String, Object> root = (Map<String, Object>) load.loadFromString(Files.readString(file));
        Map<String, Object> topology = (Map<String, Object>) root.getOrDefault("topology_template", Map.of());
        Map<String, Object> inputs = topology.get("inputs") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, Object> nodes = (Map<String, Object>) topology.getOrDefault("node_templates", Map.of());
        Map<String, Boolean> sized = new java.util.HashMap<>();
        nodes.forEach((name, value) -> {
            Map<String, Object> node = (Map<String, Object>) value;
            if ("tosca.nodes.nfv.VDU.Tacker".equals(node.get("type"))) {
                Map<String, Object> caps = (Map<String, Object>) node.getOrDefault("capabilities", Map.of());
                Map<String, Object> props = (Map<String, Object>) node.getOrDefault("properties", Map.of());
                Object flavour = props == null ? null : props.get("flavor");
                if (flavour instanceof Map<?, ?> function && function.get("get_input") instanceof String input) {
                    flavour = inputs.get(input) instanceof Map<?, ?> definition ? definition.get("default") : null;
                }
                sized.put(
                        name,
                        caps != null && caps.containsKey("nfv_compute")
                                || flavour instanceof String f && DEFAULT_FLAVOURS.contains(f));
            }
        });
        return sized;
    }
}
