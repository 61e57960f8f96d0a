package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.model.CpAddressing;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.L3Data;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfDescriptor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layer-3 rules: each code with a descriptor that triggers it and one that does not, on the model (paths into
 * it, for the designers) and on an imported file (file, line and YAML path).
 */
class L3RulesTest {

    private final ToscaEngine engine = new ToscaEngine();

    @TempDir
    Path dir;

    // ---- on the model

    private static VirtualLink link(String node, String cidr, Optional<String> gateway, List<L3Data.Pool> pools) {
        String version = cidr.contains(":") ? "ipv6" : "ipv4";
        return new VirtualLink(node, Optional.empty(), List.of(version), Optional.empty(), 0, 0)
                .withL3(Optional.of(new L3Data(cidr, gateway, pools, false, version)));
    }

    private static VirtualLink link(String node, String cidr) {
        return link(node, cidr, Optional.empty(), List.of());
    }

    private static VduCp cp(String node, String link, List<String> fixed, int number) {
        return new VduCp(node, List.of("ipv4"), Optional.of("fw"), Optional.of(link), OptionalInt.empty())
                .withAddressing(Optional.of(new CpAddressing(fixed, number, false)));
    }

    private static VnfDescriptor vnf(List<VirtualLink> links, List<VduCp> cps, List<ExtCp> extCps) {
        VnfDescriptor base = SampleDescriptors.containerFirewall();
        Flavour f = base.flavours().getFirst();
        return new VnfDescriptor(
                base.identity(),
                List.of(new Flavour(
                        f.id(),
                        f.description(),
                        f.vdus(),
                        f.storages(),
                        cps,
                        links,
                        extCps,
                        List.of(),
                        f.scalingAspects(),
                        f.initialDeltas(),
                        f.levels(),
                        f.defaultLevel(),
                        f.placementGroups(),
                        f.placementRules(),
                        f.lcmOperations())));
    }

    private List<IssueCode> codes(VnfDescriptor vnf) {
        return engine.checkNetworks(vnf).stream().map(Issue::code).toList();
    }

    @Test
    void aFlavourWithDistinctSubnetsAndAddressesInsideIsClean() {
        VnfDescriptor vnf = vnf(
                List.of(
                        link(
                                "inside",
                                "10.60.1.0/24",
                                Optional.of("10.60.1.1"),
                                List.of(new L3Data.Pool("10.60.1.100", "10.60.1.199"))),
                        link("outside", "fd00:60:2::/64")),
                List.of(
                        cp("fw_in", "inside", List.of("10.60.1.10", "10.60.1.11"), 0),
                        cp("fw_out", "outside", List.of("fd00:60:2::10"), 1),
                        cp("fw_alloc", "inside", List.of(), 2)),
                List.of());

        assertThat(engine.checkNetworks(vnf)).isEmpty();
        assertThat(engine.export(vnf, io.chainline.tosca.model.Sol001Edition.DEFAULT)
                        .ok())
                .isTrue();
    }

    @Test
    void overlappingSubnetsInOneFlavourAreReportedOnTheLaterLink() {
        VnfDescriptor vnf = vnf(List.of(link("a", "10.60.0.0/16"), link("b", "10.60.2.0/24")), List.of(), List.of());

        assertThat(engine.checkNetworks(vnf)).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(IssueCode.L3_SUBNETS_OVERLAP);
            assertThat(issue.path()).isEqualTo("flavours.default.virtualLinks.b.l3.cidr");
            assertThat(issue.message()).contains("10.60.2.0/24", "10.60.0.0/16", "a");
        });
    }

    @Test
    void aFixedAddressOutsideItsLinksSubnetIsReported() {
        VnfDescriptor vnf = vnf(
                List.of(link("inside", "10.60.1.0/24"), link("outside", "10.60.2.0/24")),
                List.of(cp("fw_in", "inside", List.of("10.60.1.10", "10.60.2.10"), 0)),
                List.of(new ExtCp("fw_ext", List.of("ipv4"), Optional.of("outside"))
                        .withAddressing(Optional.of(new CpAddressing(List.of("192.168.1.1"), 0, false)))));

        List<Issue> issues = engine.checkNetworks(vnf);
        assertThat(issues).extracting(Issue::code).containsOnly(IssueCode.L3_ADDRESS_OUTSIDE_SUBNET);
        assertThat(issues)
                .extracting(Issue::path)
                .containsExactly(
                        "flavours.default.cps.fw_in.addressing.fixedAddresses[2]",
                        "flavours.default.extCps.fw_ext.addressing.fixedAddresses[1]");
    }

    @Test
    void anAddressUsedTwiceOnALinkOrEqualToTheGatewayIsADuplicate() {
        VnfDescriptor twice = vnf(
                List.of(link("inside", "10.60.1.0/24", Optional.of("10.60.1.1"), List.of())),
                List.of(cp("a", "inside", List.of("10.60.1.10"), 0), cp("b", "inside", List.of("10.60.1.10"), 0)),
                List.of());
        VnfDescriptor gateway = vnf(
                List.of(link("inside", "10.60.1.0/24", Optional.of("10.60.1.1"), List.of())),
                List.of(cp("a", "inside", List.of("10.60.1.1"), 0)),
                List.of());
        VnfDescriptor otherLinks = vnf(
                List.of(link("x", "10.60.1.0/25"), link("y", "fd00::/64")),
                List.of(cp("a", "x", List.of("10.60.1.10"), 0), cp("b", "y", List.of("fd00::10"), 0)),
                List.of());

        assertThat(engine.checkNetworks(twice)).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(IssueCode.L3_ADDRESS_DUPLICATE);
            assertThat(issue.message()).contains("10.60.1.10", "used by a");
        });
        assertThat(engine.checkNetworks(gateway)).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(IssueCode.L3_ADDRESS_DUPLICATE);
            assertThat(issue.message()).contains("gateway");
        });
        assertThat(engine.checkNetworks(otherLinks)).isEmpty();
    }

    @Test
    void unparsableSubnetsAddressesPoolsAndCountsAreInvalid() {
        VnfDescriptor vnf = vnf(
                List.of(
                        link("bad_cidr", "10.60.1.7/24"),
                        link("bad_version", "fd00:1::/64")
                                .withL3(Optional.of(
                                        new L3Data("fd00:1::/64", Optional.empty(), List.of(), false, "ipv4")))),
                List.of(),
                List.of());
        VnfDescriptor pools = vnf(
                List.of(link(
                        "p",
                        "10.60.1.0/24",
                        Optional.empty(),
                        List.of(
                                new L3Data.Pool("10.60.1.200", "10.60.1.100"),
                                new L3Data.Pool("10.60.1.10", "10.60.2.10"),
                                new L3Data.Pool("ten", "10.60.1.20")))),
                List.of(cp("a", "p", List.of("10.60.1.999"), 1), cp("b", "p", List.of(), 0)),
                List.of());

        List<Issue> first = engine.checkNetworks(vnf);
        assertThat(first)
                .extracting(Issue::code)
                .containsOnly(IssueCode.L3_INVALID)
                .hasSize(2);
        assertThat(first.getFirst().message()).contains("host bits", "10.60.1.0/24");
        assertThat(codes(pools)).containsOnly(IssueCode.L3_INVALID).hasSize(5);
        assertThat(engine.checkNetworks(pools))
                .extracting(Issue::path)
                .contains(
                        "flavours.default.virtualLinks.p.l3.allocationPools[1]",
                        "flavours.default.cps.b.addressing.numberOfAddresses");
    }

    @Test
    void manyFixedAddressesOnOnePointAreFine() {
        VnfDescriptor vnf = vnf(
                List.of(link("inside", "10.60.1.0/24")),
                List.of(cp("a", "inside", List.of("10.60.1.10", "10.60.1.11", "10.60.1.12", "10.60.1.13"), 1)),
                List.of());

        assertThat(engine.checkNetworks(vnf)).isEmpty();
    }

    @Test
    void anNsChecksItsLinksAndSaps() {
        NsDescriptor base = SampleDescriptors.vcpeChain();
        NsDescriptor clean = ns(base, "10.70.0.0/24", "10.70.1.0/24", "10.70.1.5");
        NsDescriptor broken = ns(base, "10.70.0.0/16", "10.70.1.0/24", "10.80.1.5");

        assertThat(engine.checkNetworks(clean)).isEmpty();
        assertThat(engine.checkNetworks(broken))
                .extracting(Issue::code, Issue::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(IssueCode.L3_SUBNETS_OVERLAP, "virtualLinks.wan.l3.cidr"),
                        org.assertj.core.groups.Tuple.tuple(
                                IssueCode.L3_ADDRESS_OUTSIDE_SUBNET, "saps.internet.addressing.fixedAddresses[1]"));
    }

    private static NsDescriptor ns(NsDescriptor base, String lan, String wan, String sapAddress) {
        return new NsDescriptor(
                base.identity(),
                base.vnfs(),
                List.of(
                        base.saps().getFirst(),
                        new ExtCp("internet", List.of("ipv4"), Optional.of("wan"))
                                .withAddressing(Optional.of(new CpAddressing(List.of(sapAddress), 0, false)))),
                List.of(
                        base.virtualLinks()
                                .getFirst()
                                .withL3(Optional.of(new L3Data(lan, Optional.empty(), List.of(), false, "ipv4"))),
                        link("wan", wan)),
                base.forwarders(),
                base.forwardingGraphs(),
                base.exposed());
    }

    // ---- located in an imported file

    private static final String VNFD = """
            tosca_definitions_version: tosca_simple_yaml_1_3
            imports:
              - https://forge.etsi.org/rep/nfv/SOL001/raw/v4.4.1/etsi_nfv_sol001_common_types.yaml
              - https://forge.etsi.org/rep/nfv/SOL001/raw/v4.4.1/etsi_nfv_sol001_vnfd_types.yaml
            topology_template:
              node_templates:
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
                inside:
                  type: tosca.nodes.nfv.VnfVirtualLink
                  properties:
                    connectivity_type: {layer_protocols: [ipv4]}
                    vl_profile:
                      max_bitrate_requirements: {root: 1000000}
                      min_bitrate_requirements: {root: 0}
                      virtual_link_protocol_data:
                        - associated_layer_protocol: ipv4
                          l3_protocol_data: {ip_version: ipv4, cidr: %s, gateway_ip: 10.60.1.1, dhcp_enabled: false}
                outside:
                  type: tosca.nodes.nfv.VnfVirtualLink
                  properties:
                    connectivity_type: {layer_protocols: [ipv4]}
                    vl_profile:
                      max_bitrate_requirements: {root: 1000000}
                      min_bitrate_requirements: {root: 0}
                      virtual_link_protocol_data:
                        - associated_layer_protocol: ipv4
                          l3_protocol_data: {ip_version: ipv4, cidr: 10.60.0.0/16}
                cp1:
                  type: tosca.nodes.nfv.VduCp
                  properties:
                    layer_protocols: [ipv4]
                    order: 0
                    protocol:
                      - associated_layer_protocol: ipv4
                        address_data:
                          - address_type: ip_address
                            l3_address_data:
                              ip_address_assignment: true
                              floating_ip_activated: false
                              fixed_ip_address: [%s]
                  requirements:
                    - virtual_binding: vdu1
                    - virtual_link: inside
            """;

    @Test
    void anImportedFileIsRejectedWithTheIssueAtTheNodesLine() {
        ValidationReport report =
                engine.validate(Fixtures.write(dir, "vnfd.yaml", VNFD.formatted("10.60.1.0/24", "10.61.1.10")));

        assertThat(report.accepted()).isFalse();
        assertThat(report.issues())
                .filteredOn(Issue::isError)
                .extracting(Issue::code)
                .containsExactly(IssueCode.L3_SUBNETS_OVERLAP, IssueCode.L3_ADDRESS_OUTSIDE_SUBNET);
        Issue overlap = report.issues().getFirst();
        assertThat(overlap.file()).isEqualTo("vnfd.yaml");
        assertThat(overlap.line()).isEqualTo(37);
        assertThat(overlap.path())
                .isEqualTo(
                        "topology_template.node_templates.outside.properties.vl_profile.virtual_link_protocol_data[0]"
                                + ".l3_protocol_data.cidr");
        assertThat(report.issues().get(1).path())
                .startsWith("topology_template.node_templates.cp1.properties.protocol")
                .endsWith("l3_address_data.fixed_ip_address");
    }

    /** The VNF node an import needs for the descriptor's identity (the identity rule). */
    private static final String IDENTITY = """
                vnf:
                  type: tosca.nodes.nfv.VNF
                  properties:
                    descriptor_id: l3-rules-test
                    descriptor_version: '1.0'
                    provider: Example
                    product_name: L3 rules
                    software_version: '1.0'
                    vnfm_info: [Chainline]
                    flavour_id: default
                    flavour_description: default
            """;

    @Test
    void anImportedFileWithValidL3DataMapsIt() {
        ImportResult imported = engine.importFile(Fixtures.write(
                dir,
                "vnfd.yaml",
                VNFD.formatted("172.16.1.0/24", "172.16.1.10")
                        .replace("gateway_ip: 10.60.1.1", "gateway_ip: 172.16.1.1")
                        .replace("  node_templates:\n", "  node_templates:\n" + IDENTITY)));

        assertThat(imported.report().issues()).noneMatch(Issue::isError);
        Flavour flavour =
                ((VnfDescriptor) imported.descriptor().orElseThrow()).flavours().getFirst();
        assertThat(flavour.virtualLinks().getFirst().l3())
                .contains(new L3Data("172.16.1.0/24", Optional.of("172.16.1.1"), List.of(), false, "ipv4"));
        assertThat(flavour.cps().getFirst().addressing()).contains(new CpAddressing(List.of("172.16.1.10"), 0, false));
    }
}
