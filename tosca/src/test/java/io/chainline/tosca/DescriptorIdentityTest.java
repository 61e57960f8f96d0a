package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfIdentity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The identity rule: a descriptor's identity is read from the node template's properties, its node type's property
 * defaults and the defaults of the inputs get_input names; when it cannot be found the import stops with
 * DESCRIPTOR-IDENTITY-MISSING instead of handing out a model with a blank identity. The same in both profiles.
 */
class DescriptorIdentityTest {

    private static final String IMPORTS = """
            tosca_definitions_version: tosca_simple_yaml_1_2
            imports:
              - https://forge.etsi.org/rep/nfv/SOL001/raw/v2.6.1/etsi_nfv_sol001_common_types.yaml
              - https://forge.etsi.org/rep/nfv/SOL001/raw/v2.6.1/etsi_nfv_sol001_vnfd_types.yaml
            """;

    /** Tacker's layout: the identity lives in the VNF type's defaults; the flavour file parameterises some of it. */
    private static final String TYPES = IMPORTS + """
            node_types:
              example.Firewall:
                derived_from: tosca.nodes.nfv.VNF
                properties:
                  descriptor_id: {type: string, constraints: [{valid_values: [d1f0e2a4-0001]}], default: d1f0e2a4-0001}
                  descriptor_version: {type: string, default: '2.1'}
                  provider: {type: string, default: Example Networks}
                  product_name: {type: string, default: Firewall}
                  software_version: {type: string, default: '7.0'}
                  vnfm_info: {type: list, entry_schema: {type: string}, default: [Tacker]}
                  flavour_id: {type: string, constraints: [{valid_values: [simple]}], default: simple}
                  flavour_description: {type: string, default: ''}
            """;

    private static final String FLAVOUR = """
            tosca_definitions_version: tosca_simple_yaml_1_2
            imports:
              - types.yaml
            topology_template:
              inputs:
                descriptor_id: {type: string}
                provider: {type: string%s}
              substitution_mappings:
                node_type: example.Firewall
                properties: {flavour_id: simple}
              node_templates:
                VNF:
                  type: example.Firewall
                  properties:
                    descriptor_id: {get_input: descriptor_id}
                    provider: {get_input: provider}
                    flavour_description: A simple flavour
                vdu1:
                  type: tosca.nodes.nfv.Vdu.Compute
                  properties:
                    name: vdu1
                    description: a VM
                    vdu_profile: {min_number_of_instances: 1, max_number_of_instances: 1}
                  capabilities:
                    virtual_compute:
                      properties:
                        virtual_memory: {virtual_mem_size: 512 MB}
                        virtual_cpu: {num_virtual_cpu: 1}
            """;

    @TempDir
    Path dir;

    private ImportResult importFlavour(Profile profile, String types, String providerDefault) {
        Fixtures.write(dir, "types.yaml", types);
        return new ToscaEngine()
                .withProfile(profile)
                .importFile(Fixtures.write(dir, "flavour.yaml", FLAVOUR.formatted(providerDefault)));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void theIdentityIsReadFromTheTypeDefaultsAndFromInputDefaults(Profile profile) {
        ImportResult imported = importFlavour(profile, TYPES, ", default: Example Labs");

        assertThat(imported.report().issues()).noneMatch(Issue::isError);
        VnfIdentity identity = ((VnfDescriptor) imported.descriptor().orElseThrow()).identity();
        assertThat(identity.descriptorId())
                .as("an input without a default: the type's default")
                .isEqualTo("d1f0e2a4-0001");
        assertThat(identity.provider()).as("the input's default").isEqualTo("Example Labs");
        assertThat(identity.productName()).isEqualTo("Firewall");
        assertThat(identity.descriptorVersion()).isEqualTo("2.1");
        assertThat(identity.softwareVersion()).isEqualTo("7.0");
        assertThat(identity.vnfmInfo()).containsExactly("Tacker");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void anIdentityThatCannotBeFoundStopsTheImportNamingWhatIsMissingAndWhere(Profile profile) {
        String withoutProvider =
                TYPES.replace("provider: {type: string, default: Example Networks}", "provider: {type: string}");
        ImportResult imported = importFlavour(profile, withoutProvider, "");

        assertThat(imported.descriptor())
                .as("never a model with a blank identity")
                .isEmpty();
        assertThat(imported.report().accepted()).isFalse();
        Issue issue = imported.report().issues().stream()
                .filter(Issue::isError)
                .findFirst()
                .orElseThrow();
        assertThat(issue.code()).isEqualTo(IssueCode.DESCRIPTOR_IDENTITY_MISSING);
        assertThat(issue.file()).isEqualTo("flavour.yaml");
        assertThat(issue.path()).isEqualTo("topology_template.node_templates.VNF");
        assertThat(issue.message())
                .contains("lacks provider.")
                .doesNotContain("descriptor_id")
                .contains("the properties of 'VNF'")
                .contains("the property defaults of example.Firewall")
                .contains("get_input");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void validationAloneDoesNotJudgeTheIdentity(Profile profile) {
        String withoutProvider =
                TYPES.replace("provider: {type: string, default: Example Networks}", "provider: {type: string}");
        Fixtures.write(dir, "types.yaml", withoutProvider);
        ValidationReport report = new ToscaEngine()
                .withProfile(profile)
                .validate(Fixtures.write(dir, "flavour.yaml", FLAVOUR.formatted("")));

        assertThat(report.accepted())
                .as("the template is valid; only the model needs an identity")
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void aVnfdWithoutAnyVnfNodeIsRefusedAtImport(Profile profile) {
        ImportResult imported = new ToscaEngine()
                .withProfile(profile)
                .importFile(Fixtures.write(dir, "vdus-only.yaml", Fixtures.VALID_VNFD));

        assertThat(imported.descriptor()).isEmpty();
        assertThat(imported.report().issues())
                .filteredOn(Issue::isError)
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.code()).isEqualTo(IssueCode.DESCRIPTOR_IDENTITY_MISSING);
                    assertThat(i.message()).contains("no node template of a type derived from tosca.nodes.nfv.VNF");
                });
    }

    private static final String NSD = """
            tosca_definitions_version: tosca_simple_yaml_1_3
            imports:
              - https://forge.etsi.org/rep/nfv/SOL001/raw/v4.4.1/etsi_nfv_sol001_common_types.yaml
              - https://forge.etsi.org/rep/nfv/SOL001/raw/v4.4.1/etsi_nfv_sol001_nsd_types.yaml
            node_types:
              example.Chain:
                derived_from: tosca.nodes.nfv.NS
                properties:
                  descriptor_id: {type: string, default: c0ffee00-0001}
                  designer: {type: string%s}
                  version: {type: string, default: '1.0'}
                  name: {type: string, default: Edge chain}
                  invariant_id: {type: string, default: c0ffee00}
                  flavour_id: {type: string, default: default}
            topology_template:
              inputs:
                designer: {type: string}
              substitution_mappings:
                node_type: example.Chain
              node_templates:
                chain:
                  type: example.Chain
                  properties:
                    designer: {get_input: designer}
                sap:
                  type: tosca.nodes.nfv.Sap
                  properties:
                    layer_protocols: [ipv4]
            """;

    @ParameterizedTest
    @EnumSource(Profile.class)
    void anNsdTakesItsIdentityFromItsTypeAndStopsWithoutIt(Profile profile) {
        ToscaEngine engine = new ToscaEngine().withProfile(profile);
        ImportResult found =
                engine.importFile(Fixtures.write(dir, "nsd.yaml", NSD.formatted(", default: Example Networks")));
        ImportResult missing = engine.importFile(Fixtures.write(dir, "nsd-blank.yaml", NSD.formatted("")));

        assertThat(found.report().issues()).noneMatch(Issue::isError);
        NsDescriptor ns = (NsDescriptor) found.descriptor().orElseThrow();
        assertThat(List.of(
                        ns.identity().descriptorId(),
                        ns.identity().designer(),
                        ns.identity().version(),
                        ns.identity().name()))
                .containsExactly("c0ffee00-0001", "Example Networks", "1.0", "Edge chain");
        assertThat(missing.descriptor()).isEmpty();
        assertThat(missing.report().issues())
                .filteredOn(Issue::isError)
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.code()).isEqualTo(IssueCode.DESCRIPTOR_IDENTITY_MISSING);
                    assertThat(i.message()).startsWith("The NSD's identity lacks designer.");
                    assertThat(i.path()).isEqualTo("topology_template.node_templates.chain");
                });
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void anExportWithoutAnIdentityIsRefusedAsItsImportWouldBe(Profile profile) {
        ToscaEngine engine = new ToscaEngine().withProfile(profile);
        VnfDescriptor vnf = (VnfDescriptor) importFlavour(profile, TYPES, ", default: Example Labs")
                .descriptor()
                .orElseThrow();
        VnfIdentity id = vnf.identity();
        VnfDescriptor blank = new VnfDescriptor(
                new VnfIdentity(
                        id.nodeType(),
                        id.descriptorId(),
                        id.descriptorVersion(),
                        "",
                        id.productName(),
                        id.softwareVersion(),
                        id.productInfoName(),
                        id.vnfmInfo()),
                vnf.flavours());

        assertThat(engine.export(vnf, io.chainline.tosca.model.Sol001Edition.DEFAULT)
                        .ok())
                .isTrue();
        ExportResult refused = engine.export(blank, io.chainline.tosca.model.Sol001Edition.DEFAULT);
        assertThat(refused.ok())
                .as("never hand out a file the import would refuse")
                .isFalse();
        assertThat(refused.report().issues())
                .filteredOn(Issue::isError)
                .extracting(Issue::code)
                .containsExactly(IssueCode.DESCRIPTOR_IDENTITY_MISSING);
    }
}
