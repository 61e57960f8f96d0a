package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Profile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What Tacker and tosca-parser refuse is refused here too, in both profiles, located: concat with invalid
 * arguments, an input default its type refuses, and a VDU image artifact without sw_image_data.
 */
class ReferenceRefusalsTest {

    private static final String GENERIC = """
            tosca_definitions_version: tosca_simple_yaml_1_3
            node_types:
              example.Web:
                derived_from: tosca.nodes.Root
                properties:
                  url: {type: string, required: false}
                  port: {type: integer, required: false}
            topology_template:
              inputs:
                host: {type: string, default: example.org}
                %s
              node_templates:
                web:
                  type: example.Web
                  properties:
                    url: %s
            """;

    @TempDir
    Path dir;

    private ValidationReport validate(Profile profile, String name, String text) {
        return new ToscaEngine().withProfile(profile).validate(Fixtures.write(dir, name, text));
    }

    private static List<Issue> errors(ValidationReport report) {
        return report.issues().stream().filter(Issue::isError).toList();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void concatOfStringExpressionsIsAccepted(Profile profile) {
        ValidationReport report = validate(
                profile, "ok.yaml", GENERIC.formatted("", "{concat: ['http://', {get_input: host}, ':', 8080]}"));

        assertThat(report.issues()).noneMatch(Issue::isError);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void concatWithoutAListOfArgumentsIsRefusedAtTheArguments(Profile profile) {
        for (String call : List.of("{concat: http://example.org}", "{concat: []}")) {
            ValidationReport report = validate(profile, "concat.yaml", GENERIC.formatted("", call));

            assertThat(errors(report)).as(call).singleElement().satisfies(i -> {
                assertThat(i.code()).isEqualTo(IssueCode.TOSCA_FUNCTION_INVALID);
                assertThat(i.path()).isEqualTo("topology_template.node_templates.web.properties.url.concat");
                assertThat(i.line()).isEqualTo(16);
                assertThat(i.message()).contains("at least one string expression");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void concatOfValuesThatGiveNoStringIsRefusedAtEachOfThem(Profile profile) {
        ValidationReport report = validate(
                profile,
                "nested.yaml",
                GENERIC.formatted(
                        "", "{concat: ['a', [b, c], {k: v}, {get_nodes_of_type: example.Web}, {get_input: host}]}"));

        assertThat(errors(report))
                .extracting(Issue::code, Issue::path)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                IssueCode.TOSCA_FUNCTION_INVALID,
                                "topology_template.node_templates.web.properties.url.concat[1]"),
                        org.assertj.core.groups.Tuple.tuple(
                                IssueCode.TOSCA_FUNCTION_INVALID,
                                "topology_template.node_templates.web.properties.url.concat[2]"),
                        org.assertj.core.groups.Tuple.tuple(
                                IssueCode.TOSCA_FUNCTION_INVALID,
                                "topology_template.node_templates.web.properties.url.concat[3]"));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void anInputDefaultItsTypeOrConstraintsRefuseIsAnErrorAtTheDefault(Profile profile) {
        ValidationReport report = validate(profile, "inputs.yaml", GENERIC.formatted("""
                        replicas: {type: integer, default: three}
                            mode: {type: string, default: bridged, constraints: [{valid_values: [routed, nat]}]}
                            ok: {type: integer, default: 3, constraints: [{in_range: [1, 5]}]}""", "plain"));

        assertThat(errors(report))
                .hasSize(2)
                .allSatisfy(i -> assertThat(i.code()).isEqualTo(IssueCode.TOSCA_INPUT_DEFAULT_INVALID));
        assertThat(errors(report))
                .extracting(Issue::path)
                .containsExactly("topology_template.inputs.replicas.default", "topology_template.inputs.mode.default");
        assertThat(errors(report).getFirst().line()).isEqualTo(11);
        assertThat(errors(report).getFirst().message())
                .contains("input 'replicas'")
                .contains("integer")
                .contains("three");
        assertThat(errors(report).get(1).message()).contains("bridged").contains("valid_values");
    }

    private static final String VDU = """
            tosca_definitions_version: tosca_simple_yaml_1_2
            imports:
              - https://forge.etsi.org/rep/nfv/SOL001/raw/v2.6.1/etsi_nfv_sol001_common_types.yaml
              - https://forge.etsi.org/rep/nfv/SOL001/raw/v2.6.1/etsi_nfv_sol001_vnfd_types.yaml
            topology_template:
              node_templates:
                vdu1:
                  type: tosca.nodes.nfv.Vdu.Compute
                  properties:
                    name: vdu1
                    description: a VM
                    vdu_profile: {min_number_of_instances: 1, max_number_of_instances: 1}
            %s
                  capabilities:
                    virtual_compute:
                      properties:
                        virtual_memory: {virtual_mem_size: 512 MB}
                        virtual_cpu: {num_virtual_cpu: 1}
                  artifacts:
                    %s
            """;

    private static final String IMAGE_DATA = """
                    sw_image_data:
                      name: cirros
                      version: '0.5'
                      checksum: {algorithm: sha-256, hash: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08}
                      container_format: bare
                      disk_format: qcow2
                      min_disk: 1 GB
                      size: 1 GB""";

    @ParameterizedTest
    @EnumSource(Profile.class)
    void aVduImageInTheShortNotationWithoutSwImageDataIsRefusedSayingWhatToAdd(Profile profile) {
        ValidationReport report =
                validate(profile, "vdu.yaml", VDU.formatted("", "sw_image: http://images.example.org/cirros.qcow2"));

        assertThat(errors(report)).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.TOSCA_SW_IMAGE_DATA_MISSING);
            assertThat(i.path()).isEqualTo("topology_template.node_templates.vdu1.artifacts.sw_image");
            assertThat(i.line()).isEqualTo(20);
            assertThat(i.message())
                    .contains("short notation")
                    .contains("sw_image_data")
                    .contains("tosca.artifacts.nfv.SwImage");
        });
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void aSwImageArtifactWithoutImageDataIsRefusedAndWithItAccepted(Profile profile) {
        String artifact = "sw_image: {type: tosca.artifacts.nfv.SwImage, file: images/cirros.qcow2}";
        ValidationReport without = validate(profile, "without.yaml", VDU.formatted("", artifact));
        ValidationReport with = validate(profile, "with.yaml", VDU.formatted(IMAGE_DATA, artifact));

        assertThat(errors(without)).extracting(Issue::code).containsExactly(IssueCode.TOSCA_SW_IMAGE_DATA_MISSING);
        assertThat(with.issues()).noneMatch(i -> i.code() == IssueCode.TOSCA_SW_IMAGE_DATA_MISSING);
    }
}
