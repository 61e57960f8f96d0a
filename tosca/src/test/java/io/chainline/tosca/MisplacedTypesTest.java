package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.issue.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A single-file template that lists a data type and a policy type under node_types, as Tacker's single-file VNFD
 * samples do: each is read where its derivation says it belongs, and the profile decides whether that is an error.
 */
class MisplacedTypesTest {

    private static final String TEMPLATE = """
            tosca_definitions_version: tosca_simple_yaml_1_3
            node_types:
              example.Server:
                derived_from: tosca.nodes.Root
                properties:
                  sizing: {type: example.datatypes.Sizing, required: false}
              example.datatypes.Sizing:
                derived_from: tosca.datatypes.Root
                properties:
                  cpus: {type: integer}
              example.policies.Heal:
                derived_from: example.policies.Base
              example.policies.Base:
                derived_from: tosca.policies.Root
                properties:
                  retries: {type: integer}
            topology_template:
              node_templates:
                server: {type: example.Server, properties: {sizing: {cpus: 2}}}
              policies:
                - heal: {type: example.policies.Heal, targets: [server], properties: {retries: %s}}
            """;

    @TempDir
    Path dir;

    private ValidationReport validate(Profile profile, String retries) {
        return new ToscaEngine()
                .withProfile(profile)
                .validate(Fixtures.write(dir, "vnfd.yaml", TEMPLATE.formatted(retries)));
    }

    @Test
    void interopReadsEachTypeInItsOwnSectionWithAWarningAtTheDefinition() {
        ValidationReport report = validate(Profile.INTEROP, "3");

        assertThat(report.accepted()).isTrue();
        assertThat(report.issues()).extracting(Issue::code).containsOnly(IssueCode.INTEROP_TYPE_WRONG_SECTION);
        assertThat(report.issues())
                .extracting(Issue::path)
                .containsExactlyInAnyOrder(
                        "node_types.example.datatypes.Sizing",
                        "node_types.example.policies.Heal",
                        "node_types.example.policies.Base");
        Issue sizing = report.issues().stream()
                .filter(i -> i.path().endsWith("Sizing"))
                .findFirst()
                .orElseThrow();
        assertThat(sizing.severity()).isEqualTo(Severity.WARNING);
        assertThat(sizing.line()).isEqualTo(8);
        assertThat(sizing.message())
                .contains("read as one of the data_types")
                .contains("TOSCA-TYPE-WRONG-SECTION")
                .contains("move the definition to data_types");
    }

    @Test
    void theMovedTypesAreReallyUsedValuesOfTheirPropertiesAreChecked() {
        ValidationReport report = validate(Profile.INTEROP, "three");

        assertThat(report.accepted()).isFalse();
        assertThat(report.issues().stream().filter(Issue::isError).toList())
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.code()).isEqualTo(IssueCode.TOSCA_VALUE_TYPE);
                    assertThat(i.path()).isEqualTo("topology_template.policies[0].heal.properties.retries");
                });
    }

    @Test
    void strictReportsEachMisplacedDefinitionAsAnErrorAndNothingDownstream() {
        ValidationReport report = validate(Profile.STRICT, "3");

        assertThat(report.accepted()).isFalse();
        List<Issue> issues = report.issues();
        assertThat(issues).hasSize(3).allSatisfy(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.TOSCA_TYPE_WRONG_SECTION);
            assertThat(i.isError()).isTrue();
            assertThat(i.line()).isPositive();
        });
        assertThat(issues)
                .extracting(Issue::message)
                .anySatisfy(m -> assertThat(m).contains("move the definition to policy_types"));
    }
}
