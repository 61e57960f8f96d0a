package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.issue.Severity;
import io.chainline.tosca.model.ComputeVdu;
import io.chainline.tosca.model.Descriptor;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.InstantiationLevel;
import io.chainline.tosca.model.ScalingAspect;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.VduProfile;
import io.chainline.tosca.model.VnfDescriptor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Tacker's tosca_scale.yaml (openstack/tacker, tests/unit/vnfm/infra_drivers/openstack/data), as a user imported it: its
 * scaling policy SP1 must keep its numbers (the VNF starts with default_instances 2, not 1), and every legacy property
 * must be either carried or named in a finding, none silently dropped.
 */
class TackerScalingConversionTest {

    private static final String VNFD = """
            tosca_definitions_version: tosca_simple_profile_for_nfv_1_0_0

            description: sample-tosca-vnfd-scaling

            metadata:
              template_name: sample-tosca-vnfd-scaling

            topology_template:
              node_templates:
                VDU1:
                  type: tosca.nodes.nfv.VDU.Tacker
                  properties:
                    image: cirros-0.5.2-x86_64-disk
                    mgmt_driver: noop
                    availability_zone: nova
                    flavor: m1.tiny

                CP1:
                  type: tosca.nodes.nfv.CP.Tacker
                  properties:
                    management: true
                    anti_spoofing_protection: false
                  requirements:
                    - virtualLink:
                        node: VL1
                    - virtualBinding:
                        node: VDU1

                VL1:
                  type: tosca.nodes.nfv.VL
                  properties:
                    network_name: net_mgmt
                    vendor: Tacker

              policies:
                - SP1:
                    type: tosca.policies.tacker.Scaling
                    properties:
                      targets: [VDU1]
                      increment: 1
                      cooldown: 60
                      min_instances: 1
                      max_instances: 3
                      default_instances: 2
            """;

    /** What the model carries, each asserted by value in {@link #theScalingPolicyKeepsItsNumbers}/the sizes tests. */
    private static final Map<String, Set<String>> CARRIED = Map.of(
            "tosca.nodes.nfv.VDU.Tacker", Set.of("image", "flavor"),
            "tosca.nodes.nfv.CP.Tacker", Set.of("management"),
            "tosca.policies.tacker.Scaling",
                    Set.of("targets", "increment", "min_instances", "max_instances", "default_instances"));

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Profile.class)
    void theScalingPolicyKeepsItsNumbers(Profile profile) {
        ImportResult imported = importVnfd(profile);
        Flavour flavour = flavour(imported);

        ComputeVdu vdu = (ComputeVdu) flavour.vdus().getFirst();
        assertThat(vdu.profile()).isEqualTo(new VduProfile(1, 3));
        assertThat(vdu.image().orElseThrow().name()).isEqualTo("cirros-0.5.2-x86_64-disk");
        assertThat(flavour.scalingAspects())
                .containsExactly(new ScalingAspect(
                        "SP1",
                        "SP1",
                        "Converted from Tacker's scaling policy SP1",
                        2,
                        List.of("delta_1"),
                        Map.of("VDU1", Map.of("delta_1", 1))));
        assertThat(flavour.initialDeltas()).isEqualTo(Map.of("VDU1", 1));
        assertThat(flavour.defaultLevel()).contains("default");
        InstantiationLevel level = flavour.levels().getFirst();
        assertThat(level.id()).isEqualTo("default");
        assertThat(level.vduInstances())
                .as("the VNF starts with default_instances")
                .isEqualTo(Map.of("VDU1", 2));
        assertThat(level.scaleLevels()).isEqualTo(Map.of("SP1", 1));
        assertThat(flavour.cps().getFirst().addressing().orElseThrow().management())
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void theConversionSaysWhatItDidAndDropsOnlyTheCooldown(Profile profile) {
        ImportResult imported = importVnfd(profile);

        List<Issue> converted = issues(imported, IssueCode.TACKER_SCALING_CONVERTED);
        assertThat(converted).hasSize(1);
        Issue scaling = converted.getFirst();
        assertThat(scaling.severity()).isEqualTo(Severity.WARNING);
        assertThat(scaling.path()).isEqualTo("topology_template.policies[0].SP1");
        assertThat(scaling.line()).isPositive();
        assertThat(scaling.message())
                .contains(
                        "VDU1",
                        "min_instances 1",
                        "max_instances 3",
                        "increment 1",
                        "max scale level 2",
                        "default_instances 2");
        assertThat(issues(imported, IssueCode.TACKER_LEGACY_DROPPED))
                .extracting(Issue::path)
                .contains("topology_template.policies[0].SP1.properties.cooldown", "description")
                .doesNotContain("topology_template.policies[0].SP1");
    }

    @Test
    void everyLegacyPropertyIsCarriedOrNamedInAFinding() {
        ImportResult imported = importVnfd(Profile.STRICT);
        Set<String> named = Set.copyOf(imported.report().issues().stream()
                .filter(i -> i.code().code().startsWith("TACKER-"))
                .map(Issue::path)
                .toList());
        Map<String, Object> root = new Load(LoadSettings.builder().build()).loadFromString(VNFD) instanceof Map<?, ?> m
                ? cast(m)
                : Map.of();
        Map<String, Object> topology = cast((Map<?, ?>) root.get("topology_template"));
        List<String[]> properties = new ArrayList<>(); // {path, type, key}
        cast((Map<?, ?>) topology.get("node_templates"))
                .forEach((name, node) ->
                        collect("topology_template.node_templates." + name, cast((Map<?, ?>) node), properties));
        List<?> policies = (List<?>) topology.get("policies");
        for (int i = 0; i < policies.size(); i++) {
            int index = i;
            cast((Map<?, ?>) policies.get(i))
                    .forEach((name, policy) -> collect(
                            "topology_template.policies[" + index + "]." + name, cast((Map<?, ?>) policy), properties));
        }

        assertThat(properties).as("4 of VDU1, 2 of CP1, 2 of VL1, 6 of SP1").hasSize(14);
        assertThat(properties)
                .allSatisfy(p -> assertThat(CARRIED.getOrDefault(p[1], Set.of()).contains(p[2]) || named.contains(p[0]))
                        .as(p[0] + " is carried or named in a finding")
                        .isTrue());
        assertThat(named).as("the top-level description is named").contains("description");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void theConvertedScalingExportsAsSol001AndReadsBackEqual(Profile profile) throws IOException {
        ToscaEngine engine = new ToscaEngine().withProfile(profile);
        Descriptor converted = DescriptorRoundTripTest.identified(
                importVnfd(profile).descriptor().orElseThrow());

        ExportResult export = engine.export(converted, Sol001Edition.V4_4_1);
        assertThat(export.ok()).as(export.report().issues().toString()).isTrue();
        Path entry = DescriptorRoundTripTest.write(export.written().orElseThrow(), dir.resolve("v4"));
        ImportResult again = engine.importFile(entry);
        assertThat(again.descriptor()).contains(converted);
        assertThat(flavour(again).levels().getFirst().vduInstances()).isEqualTo(Map.of("VDU1", 2));
    }

    private static void collect(String path, Map<String, Object> definition, List<String[]> into) {
        String type = String.valueOf(definition.get("type"));
        if (definition.get("properties") instanceof Map<?, ?> props) {
            props.keySet().forEach(key -> into.add(new String[] {path + ".properties." + key, type, (String) key}));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private ImportResult importVnfd(Profile profile) {
        return new ToscaEngine().withProfile(profile).importFile(Fixtures.write(dir, "tosca_scale.yaml", VNFD));
    }

    private static Flavour flavour(ImportResult imported) {
        return ((VnfDescriptor) imported.descriptor().orElseThrow()).flavours().getFirst();
    }

    private static List<Issue> issues(ImportResult imported, IssueCode code) {
        return imported.report().issues().stream().filter(i -> i.code() == code).toList();
    }
}
