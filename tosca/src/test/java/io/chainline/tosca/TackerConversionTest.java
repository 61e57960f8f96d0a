package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.issue.Severity;
import io.chainline.tosca.model.ComputeVdu;
import io.chainline.tosca.model.CpAddressing;
import io.chainline.tosca.model.Descriptor;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VnfDescriptor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A legacy Tacker VNFD converted to the SOL001 model says what it did: sizes from a flavour's name (issue 23: a
 * {@code flavor: m1.tiny} VDU became 0 vCPU / 0 MiB), and every Tacker construct the SOL001 descriptor does not
 * carry, as warnings at their file, line and path; the converted descriptor exports as SOL001 and reads back equal.
 */
class TackerConversionTest {

    private static final String VNFD = """
            tosca_definitions_version: tosca_simple_profile_for_nfv_1_0_0
            description: a router
            metadata:
              template_name: legacy-router
            topology_template:
              node_templates:
                VDU1:
                  type: tosca.nodes.nfv.VDU.Tacker
                  properties:
                    image: cirros
                    flavor: m1.tiny
                    mgmt_driver: openwrt
                    config: |
                      firewall: on
                    user_data: |
                      #!/bin/sh
                      echo hi
                    user_data_format: RAW
                    monitoring_policy:
                      name: ping
                      actions:
                        failure: respawn
                VDU2:
                  type: tosca.nodes.nfv.VDU.Tacker
                  properties:
                    image: cirros
                    flavor: ds.custom
                    mgmt_driver: noop
                VDU3:
                  type: tosca.nodes.nfv.VDU.Tacker
                  capabilities:
                    nfv_compute:
                      properties:
                        num_cpus: 2
                        mem_size: 2 GB
                        disk_size: 10 GB
                        mem_page_size: large
                  properties:
                    image: cirros
                    flavor: m1.small
                VDU4:
                  type: tosca.nodes.nfv.VDU.Tacker
                  capabilities:
                    nfv_compute:
                      properties:
                        num_cpus: 1
                        mem_size: 512
                  properties:
                    image: cirros
                CP1:
                  type: tosca.nodes.nfv.CP.Tacker
                  properties:
                    management: true
                    ip_address: 10.10.0.5
                    anti_spoofing_protection: false
                    security_groups: [default]
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
                - my_placement:
                    type: tosca.policies.tacker.Placement
                    properties:
                      policy: anti-affinity
                    targets: [VDU1, VDU2]
            """;

    private static final String NODES = "topology_template.node_templates.";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Profile.class)
    void aDefaultFlavourNameSizesTheVduWithAWarning(Profile profile) {
        ImportResult imported = importVnfd(profile);

        ComputeVdu vdu1 = vdu(imported, "VDU1");
        assertThat(vdu1.virtualCpus()).isEqualTo(1);
        assertThat(vdu1.memoryBytes()).isEqualTo(512L << 20);
        assertThat(vdu1.image().orElseThrow().minDiskBytes()).hasValue(1L << 30);
        Issue assumed = only(imported, IssueCode.TACKER_FLAVOR_ASSUMED);
        assertThat(assumed.severity()).isEqualTo(Severity.WARNING);
        assertThat(assumed.file()).isEqualTo("vnfd.yaml");
        assertThat(assumed.line()).isEqualTo(11);
        assertThat(assumed.path()).isEqualTo(NODES + "VDU1.properties.flavor");
        assertThat(assumed.message())
                .contains("m1.tiny", "1 vCPU, 512 MiB memory, 1 GiB root disk", "target cloud's m1.tiny may differ");
        assertThat(imported.report().verdict()).isEqualTo(ValidationReport.Verdict.ACCEPTED);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void anUnknownFlavourNameSaysTheSizesMustBeSet(Profile profile) {
        ImportResult imported = importVnfd(profile);

        ComputeVdu vdu2 = vdu(imported, "VDU2");
        assertThat(vdu2.virtualCpus()).isZero();
        Issue unknown = only(imported, IssueCode.TACKER_FLAVOR_UNKNOWN);
        assertThat(unknown.path()).isEqualTo(NODES + "VDU2.properties.flavor");
        assertThat(unknown.message()).contains("'ds.custom'", "unknown", "Set them in the designer");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void nfvComputeWinsOverADisagreeingFlavourAndSaysSo(Profile profile) {
        ImportResult imported = importVnfd(profile);

        ComputeVdu vdu3 = vdu(imported, "VDU3");
        assertThat(vdu3.virtualCpus()).isEqualTo(2);
        assertThat(vdu3.memoryBytes()).as("Tacker's GB is Nova's GiB").isEqualTo(2L << 30);
        assertThat(vdu3.image().orElseThrow().minDiskBytes()).hasValue(10L << 30);
        Issue conflict = only(imported, IssueCode.TACKER_FLAVOR_CONFLICT);
        assertThat(conflict.path()).isEqualTo(NODES + "VDU3.properties.flavor");
        assertThat(conflict.message()).contains("m1.small", "2 vCPU, 2 GiB memory, 10 GiB root disk");
        ComputeVdu vdu4 = vdu(imported, "VDU4");
        assertThat(vdu4.memoryBytes())
                .as("a bare number is MB, as Tacker reads it")
                .isEqualTo(512L << 20);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void theConversionIsReportedOnceAndEveryDroppedConstructWhereItIs(Profile profile) {
        ImportResult imported = importVnfd(profile);

        Issue converted = only(imported, IssueCode.TACKER_LEGACY_CONVERTED);
        assertThat(converted.line()).isEqualTo(1);
        assertThat(converted.message())
                .contains("legacy Tacker VNFD", "converted to a SOL001 VNFD", "4 VDU(s), 1 connection point(s)");
        assertThat(paths(imported, IssueCode.TACKER_LEGACY_DROPPED))
                .containsExactlyInAnyOrder(
                        "description",
                        NODES + "VDU1.properties.mgmt_driver",
                        NODES + "VDU1.properties.config",
                        NODES + "VDU1.properties.user_data_format",
                        NODES + "VDU2.properties.mgmt_driver",
                        NODES + "CP1.properties.anti_spoofing_protection",
                        NODES + "VDU1.properties.monitoring_policy",
                        NODES + "VDU3.capabilities.nfv_compute.properties.mem_page_size",
                        NODES + "CP1.properties.security_groups",
                        NODES + "VL1.properties.network_name",
                        NODES + "VL1.properties.vendor",
                        "topology_template.policies[0].my_placement");
        assertThat(imported.report().issues())
                .filteredOn(i -> i.code() == IssueCode.TACKER_LEGACY_DROPPED)
                .allSatisfy(i -> {
                    assertThat(i.severity()).isEqualTo(Severity.WARNING);
                    assertThat(i.line()).isPositive();
                    assertThat(i.message()).contains("not carried into the SOL001 descriptor");
                });
        assertThat(vdu(imported, "VDU1").bootData()).hasValue("#!/bin/sh\necho hi\n");
        VduCp cp = ((VnfDescriptor) imported.descriptor().orElseThrow())
                .flavours()
                .getFirst()
                .cps()
                .getFirst();
        assertThat(cp.addressing())
                .as("Tacker's management port and fixed IP are carried")
                .contains(new CpAddressing(List.of("10.10.0.5"), 0, true));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void theConvertedDescriptorExportsAsSol001AndReadsBackEqualWithoutFindings(Profile profile) throws IOException {
        ToscaEngine engine = new ToscaEngine().withProfile(profile);
        Descriptor converted = DescriptorRoundTripTest.identified(
                importVnfd(profile).descriptor().orElseThrow());

        // v2.6.1 needs image checksums and sizes a legacy image name does not give (EXPORT-UNSUPPORTED says so)
        ExportResult export = engine.export(converted, Sol001Edition.V4_4_1);
        assertThat(export.ok()).as(export.report().issues().toString()).isTrue();
        Path entry = DescriptorRoundTripTest.write(export.written().orElseThrow(), dir.resolve("v4"));
        ImportResult again = engine.importFile(entry);
        assertThat(again.descriptor()).contains(converted);
        assertThat(again.report().issues())
                .as("a SOL001 descriptor is not reported as converted")
                .noneMatch(i -> i.code().code().startsWith("TACKER-"));
    }

    private ImportResult importVnfd(Profile profile) {
        return new ToscaEngine().withProfile(profile).importFile(Fixtures.write(dir, "vnfd.yaml", VNFD));
    }

    private static ComputeVdu vdu(ImportResult imported, String node) {
        VnfDescriptor vnf = (VnfDescriptor) imported.descriptor().orElseThrow();
        return vnf.flavours().getFirst().vdus().stream()
                .filter(v -> v.node().equals(node))
                .map(ComputeVdu.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static Issue only(ImportResult imported, IssueCode code) {
        List<Issue> found = imported.report().issues().stream()
                .filter(i -> i.code() == code)
                .toList();
        assertThat(found).as(code.code()).hasSize(1);
        return found.getFirst();
    }

    private static List<String> paths(ImportResult imported, IssueCode code) {
        return imported.report().issues().stream()
                .filter(i -> i.code() == code)
                .map(Issue::path)
                .toList();
    }
}
