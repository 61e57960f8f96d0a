package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.IssueCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Focused templates, each named by what is wrong with it, and the one issue each must produce. */
class TemplateValidationTest {

    private static final String HEADER = "tosca_definitions_version: tosca_simple_yaml_1_3\n";
    private static final String TYPES = """
            node_types:
              example.Firewall:
                derived_from: tosca.nodes.Root
                properties:
                  mode: {type: string, constraints: [{valid_values: [routed, transparent]}]}
                  throughput: {type: scalar-unit.bitrate, required: false}
                  rules: {type: integer, required: false, constraints: [{in_range: [1, 1000]}]}
            """;

    @TempDir
    Path dir;

    private final ToscaEngine engine = new ToscaEngine();

    private ValidationReport validate(String body) {
        return engine.validate(Fixtures.write(dir, "main.yaml", HEADER + TYPES + body));
    }

    private static Issue error(ValidationReport report) {
        assertThat(report.accepted()).isFalse();
        return report.issues().stream().filter(Issue::isError).findFirst().orElseThrow();
    }

    @Test
    void aValidSol001VnfdImportingForgeUrlsIsAcceptedWithoutTheNetwork() {
        ValidationReport report = engine.validate(Fixtures.write(dir, "vnfd.yaml", Fixtures.VALID_VNFD));

        assertThat(report.issues()).noneMatch(Issue::isError);
        assertThat(report.accepted()).isTrue();
        assertThat(report.kind()).isEqualTo("vnfd");
        assertThat(report.sol001Version()).hasValue("4.4.1");
        assertThat(report.nodeTemplates()).isEqualTo(1);
    }

    @Test
    void invalidValueOutsideValidValuesIsReportedAtTheValue() {
        Issue issue = error(validate("""
                topology_template:
                  node_templates:
                    fw: {type: example.Firewall, properties: {mode: bridged}}
                """));
        assertThat(issue.code()).isEqualTo(IssueCode.TOSCA_VALUE_CONSTRAINT);
        assertThat(issue.path()).isEqualTo("topology_template.node_templates.fw.properties.mode");
        assertThat(issue.line()).isEqualTo(11);
        assertThat(issue.message()).contains("bridged").contains("valid_values");
    }

    @Test
    void invalidIntegerOutOfRangeAndWrongUnitAreBothReported() {
        ValidationReport report = validate("""
                topology_template:
                  node_templates:
                    fw: {type: example.Firewall, properties: {mode: routed, rules: 5000, throughput: 10 parsecs}}
                """);
        assertThat(report.issues())
                .extracting(Issue::code)
                .contains(IssueCode.TOSCA_VALUE_CONSTRAINT, IssueCode.TOSCA_VALUE_TYPE);
    }

    @Test
    void invalidMissingRequiredPropertyNamesTheProperty() {
        Issue issue = error(validate("""
                topology_template:
                  node_templates:
                    fw: {type: example.Firewall}
                """));
        assertThat(issue.code()).isEqualTo(IssueCode.TOSCA_PROPERTY_MISSING);
        assertThat(issue.message()).contains("'mode'");
    }

    @Test
    void invalidUnknownNodeTypeSaysToImportIt() {
        Issue issue = error(validate("""
                topology_template:
                  node_templates:
                    fw: {type: example.Router}
                """));
        assertThat(issue.code()).isEqualTo(IssueCode.TOSCA_TYPE_UNKNOWN);
        assertThat(issue.path()).isEqualTo("topology_template.node_templates.fw.type");
        assertThat(issue.message()).contains("example.Router").contains("import");
    }

    @Test
    void invalidRequirementToAMissingNodeIsUnsatisfied() {
        Issue issue = error(validate("""
                topology_template:
                  node_templates:
                    fw:
                      type: example.Firewall
                      properties: {mode: routed}
                      requirements:
                        - dependency: router
                """));
        assertThat(issue.code()).isEqualTo(IssueCode.TOSCA_REQ_UNSATISFIED);
        assertThat(issue.message()).contains("'router'");
    }

    @Test
    void invalidGetInputOfAnUndeclaredInput() {
        Issue issue = error(validate("""
                topology_template:
                  inputs:
                    fw_mode: {type: string}
                  node_templates:
                    fw: {type: example.Firewall, properties: {mode: {get_input: firewall_mode}}}
                """));
        assertThat(issue.code()).isEqualTo(IssueCode.TOSCA_INPUT_UNKNOWN);
        assertThat(issue.message()).contains("firewall_mode").contains("fw_mode");
    }

    @Test
    void invalidMisspelledTopLevelKey() {
        Issue issue = error(validate("topology_templat:\n  node_templates: {}\n"));
        assertThat(issue.code()).isEqualTo(IssueCode.TOSCA_FIELD_UNKNOWN);
        assertThat(issue.message()).contains("topology_templat");
    }

    @Test
    void invalidUnknownVersionListsTheKnownOnes() {
        ValidationReport report =
                engine.validate(Fixtures.write(dir, "v.yaml", "tosca_definitions_version: tosca_xyz\n"));
        Issue issue = error(report);
        assertThat(issue.code()).isEqualTo(IssueCode.TOSCA_VERSION_UNKNOWN);
        assertThat(issue.message()).contains("tosca_simple_yaml_1_3");
    }

    @Test
    void invalidImportCycleIsRefused() {
        Fixtures.write(dir, "a.yaml", HEADER + "imports: [b.yaml]\n");
        Fixtures.write(dir, "b.yaml", HEADER + "imports: [a.yaml]\n");
        Issue issue = error(engine.validate(dir.resolve("a.yaml")));
        assertThat(issue.code()).isEqualTo(IssueCode.TOSCA_IMPORT_CYCLE);
    }

    @Test
    void invalidImportEscapingThePackageIsRefused() {
        Issue issue = error(validate("imports: [../../../../etc/passwd]\n"));
        assertThat(issue.code()).isEqualTo(IssueCode.TOSCA_IMPORT_ESCAPES);
    }

    @Test
    void invalidRemoteImportIsNeverFetched() {
        Issue issue = error(validate("imports: [https://example.com/types.yaml]\n"));
        assertThat(issue.code()).isEqualTo(IssueCode.TOSCA_IMPORT_REMOTE);
        assertThat(issue.message()).contains("never fetches");
    }

    @Test
    void invalidMissingImportNamesTheFile() {
        Issue issue = error(validate("imports: [Definitions/missing_types.yaml]\n"));
        assertThat(issue.code()).isEqualTo(IssueCode.TOSCA_IMPORT_NOT_FOUND);
        assertThat(issue.message()).contains("missing_types.yaml");
        assertThat(issue.line()).isEqualTo(9);
    }

    @Test
    void aCapabilityFilterWrittenAsAMapIsReportedWithTheListItNeeds() {
        Issue issue = error(validate("""
                topology_template:
                  node_templates:
                    fw:
                      type: example.Firewall
                      properties: {mode: routed}
                      node_filter:
                        capabilities:
                          host: {properties: [{num_cpus: {in_range: [1, 4]}}]}
                """));
        assertThat(issue.code()).isEqualTo(IssueCode.TOSCA_WRONG_KIND);
        assertThat(issue.path()).isEqualTo("topology_template.node_templates.fw.node_filter.capabilities");
        assertThat(issue.message()).contains("must be a list of single-key maps");
    }

    @Test
    void twoClassifiersWithTheSameCriteriaOnOnePathAreAmbiguous() {
        ValidationReport report = engine.validate(Fixtures.write(dir, "ns.yaml", """
                tosca_definitions_version: tosca_simple_yaml_1_3
                imports:
                  - https://forge.etsi.org/rep/nfv/SOL001/raw/v4.4.1/etsi_nfv_sol001_nsd_types.yaml
                topology_template:
                  node_templates:
                    path: {type: tosca.nodes.nfv.NFP, requirements: [{nfp_position: pos}]}
                    pos: {type: tosca.nodes.nfv.NfpPosition, requirements: [{element: el}]}
                    el: {type: tosca.nodes.nfv.NfpPositionElement, requirements: [{profile_element: sap}]}
                    sap:
                      type: tosca.nodes.nfv.Sap
                      properties: {layer_protocols: [ipv4]}
                      requirements: [{internal_virtual_link: vl}]
                    vl:
                      type: tosca.nodes.nfv.NsVirtualLink
                      properties:
                        connectivity_type: {layer_protocols: [ipv4]}
                        vl_profile: {max_bitrate_requirements: {root: 1}, min_bitrate_requirements: {root: 1}}
                  policies:
                    - web: {type: tosca.policies.nfv.NfpRule, properties: {protocol: tcp, ether_type: ipv4}, targets: [path]}
                    - http: {type: tosca.policies.nfv.NfpRule, properties: {ether_type: ipv4, protocol: tcp}, targets: [path]}
                """));

        Issue issue = error(report);
        assertThat(issue.code()).isEqualTo(IssueCode.NFP_DUPLICATE_CRITERIA);
        assertThat(issue.message()).contains("'http'").contains("'web'").contains("'path'");
    }

    @Test
    void aTackerVduWithACpuAffinityNovaDoesNotKnowIsRefused() {
        ValidationReport report = engine.validate(Fixtures.write(dir, "legacy.yaml", """
                tosca_definitions_version: tosca_simple_profile_for_nfv_1_0_0
                topology_template:
                  node_templates:
                    VDU1:
                      type: tosca.nodes.nfv.VDU.Tacker
                      capabilities:
                        nfv_compute:
                          properties:
                            num_cpus: 2
                            mem_size: 2 GB
                            disk_size: 10 GB
                            cpu_allocation: {cpu_affinity: pinned, thread_allocation: avoid}
                      properties: {image: cirros}
                """));

        Issue issue = error(report);
        assertThat(issue.code()).isEqualTo(IssueCode.TACKER_CPU_ALLOCATION);
        assertThat(issue.path()).endsWith("cpu_allocation.cpu_affinity");
        assertThat(issue.message()).contains("'shared' or 'dedicated'");
    }
}
