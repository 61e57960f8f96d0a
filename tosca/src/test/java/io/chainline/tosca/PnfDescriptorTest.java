package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.model.CpAddressing;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.PnfDescriptor;
import io.chainline.tosca.model.PnfIdentity;
import io.chainline.tosca.model.PnfRef;
import io.chainline.tosca.model.Sol001Edition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PNFDs: read from SOL001 v4.4.1 and from a v2.5.1-style package that brings its own PNFD types, the PnfExtCp without
 * the 'protocol' those types require (as ONAP's PNF packages have it) per profile, PNFs in an NSD, and their chain
 * rules. The packages are written for these tests.
 */
class PnfDescriptorTest {

    private static final ToscaEngine STRICT = new ToscaEngine();
    private static final ToscaEngine INTEROP = new ToscaEngine().withProfile(Profile.INTEROP);

    static final String V4_PNFD = """
            tosca_definitions_version: tosca_simple_yaml_1_3
            description: Edge router
            imports:
              - https://forge.etsi.org/rep/nfv/SOL001/raw/v4.4.1/etsi_nfv_sol001_common_types.yaml
              - https://forge.etsi.org/rep/nfv/SOL001/raw/v4.4.1/etsi_nfv_sol001_pnfd_types.yaml
            node_types:
              acme.pnf.EdgeRouter:
                derived_from: tosca.nodes.nfv.PNF
                requirements:
                  - wan:
                      capability: tosca.capabilities.nfv.VirtualLinkable
                      relationship: tosca.relationships.nfv.VirtualLinksTo
                  - lan:
                      capability: tosca.capabilities.nfv.VirtualLinkable
                      relationship: tosca.relationships.nfv.VirtualLinksTo
            topology_template:
              substitution_mappings:
                node_type: acme.pnf.EdgeRouter
                requirements:
                  wan: [ wan, external_virtual_link ]
                  lan: [ lan, external_virtual_link ]
              node_templates:
                edge:
                  type: acme.pnf.EdgeRouter
                  properties:
                    descriptor_id: 9d4e0c57-2c3a-4d1e-9b07-6f1f5e0a7c11
                    function_description: Customer edge router
                    provider: Acme
                    version: '2.1'
                    descriptor_invariant_id: 0f1e2d3c-4b5a-4968-8776-655443322110
                    name: EdgeRouter
                    geographical_location_info:
                      country_code: fr
                wan:
                  type: tosca.nodes.nfv.PnfExtCp
                  properties:
                    layer_protocols: [ ipv4 ]
                    protocol:
                      - associated_layer_protocol: ipv4
                        address_data:
                          - address_type: ip_address
                            l3_address_data:
                              ip_address_assignment: false
                              floating_ip_activated: false
                              fixed_ip_address: [ 192.0.2.1 ]
                lan:
                  type: tosca.nodes.nfv.PnfExtCp
                  properties:
                    layer_protocols: [ ethernet ]
            """;

    /** A PNFD type file the way SOL001 v2.5.1 had it: its Cp requires 'protocol'. Written for the test. */
    private static final String OLD_TYPES = """
            tosca_definitions_version: tosca_simple_yaml_1_2
            description: PNFD types as SOL001 v2.5.1 had them (test copy, reduced)
            node_types:
              tosca.nodes.nfv.PNF:
                derived_from: tosca.nodes.Root
                properties:
                  descriptor_id: { type: string, required: true }
                  function_description: { type: string, required: true }
                  provider: { type: string, required: true }
                  version: { type: string, required: true }
                  descriptor_invariant_id: { type: string, required: true }
                  name: { type: string, required: true }
              tosca.nodes.nfv.PnfExtCp:
                derived_from: tosca.nodes.Root
                properties:
                  layer_protocols: { type: list, entry_schema: { type: string }, required: true }
                  role: { type: string, required: false }
                  description: { type: string, required: false }
                  trunk_mode: { type: boolean, required: false }
                  protocol: { type: list, entry_schema: { type: map }, required: true }
                requirements:
                  - dependency:
                      capability: tosca.capabilities.Node
                      node: tosca.nodes.Root
                      relationship: tosca.relationships.DependsOn
                      occurrences: [ 0, UNBOUNDED ]
            """;

    private static final String OLD_PNFD = """
            tosca_definitions_version: tosca_simple_yaml_1_2
            description: a PNF whose ext CP says no protocol
            imports:
              - pnfd_types.yaml
            topology_template:
              node_templates:
                box:
                  type: tosca.nodes.nfv.PNF
                  properties:
                    descriptor_id: b7c1
                    function_description: A radio node
                    provider: Acme
                    version: 1.0
                    descriptor_invariant_id: b7c1-inv
                    name: Box
                box_cp:
                  type: tosca.nodes.nfv.PnfExtCp
                  properties:
                    layer_protocols: [ ipv4 ]
                    role: leaf
                  requirements:
                    - dependency: box
            """;

    @Test
    void aV4PnfdReadsIntoThePnfModel() {
        ImportResult result = STRICT.importYaml("edge.yaml", bytes(V4_PNFD));

        assertThat(result.report().issues()).noneMatch(Issue::isError);
        assertThat(result.report().kind()).isEqualTo("pnfd");
        assertThat(result.descriptor()).contains(edgeRouter());
    }

    @Test
    void aPnfdWritesAsV4AndReadsBackEqual(@TempDir Path dir) throws IOException {
        ExportResult export = STRICT.export(edgeRouter(), Sol001Edition.V4_4_1);

        assertThat(export.ok()).as(export.report().issues().toString()).isTrue();
        Path entry = DescriptorRoundTripTest.write(export.written().orElseThrow(), dir);
        assertThat(STRICT.importFile(entry).descriptor()).contains(edgeRouter());
    }

    @Test
    void v261CannotCarryAPnfdAndTheExportSaysSo() {
        ExportResult export = STRICT.export(edgeRouter(), Sol001Edition.V2_6_1);

        assertThat(export.written()).isEmpty();
        assertThat(export.report().issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.EXPORT_UNSUPPORTED);
            assertThat(i.message()).contains("v2.6.1 PNFD", "4.4.1");
        });
    }

    @Test
    void strictRefusesAPnfExtCpWithoutTheProtocolItsTypesRequire(@TempDir Path dir) throws IOException {
        ImportResult result = STRICT.importFile(oldPackage(dir));

        assertThat(result.descriptor()).isEmpty();
        assertThat(result.report().issues())
                .filteredOn(Issue::isError)
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.code()).isEqualTo(IssueCode.TOSCA_PROPERTY_MISSING);
                    assertThat(i.message()).contains("'protocol'");
                });
    }

    @Test
    void interopAcceptsItWithAWarningThatSaysWhatStrictSays(@TempDir Path dir) throws IOException {
        ImportResult result = INTEROP.importFile(oldPackage(dir));

        assertThat(result.report().issues()).noneMatch(Issue::isError);
        assertThat(result.report().issues())
                .filteredOn(i -> i.code() == IssueCode.INTEROP_PNF_CP_PROTOCOL)
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.message()).contains("box_cp", "TOSCA-PROPERTY-MISSING");
                    assertThat(i.line()).isPositive();
                });
        assertThat(result.descriptor()).containsInstanceOf(PnfDescriptor.class);
        PnfDescriptor pnf = (PnfDescriptor) result.descriptor().orElseThrow();
        assertThat(pnf.identity())
                .isEqualTo(new PnfIdentity(
                        "tosca.nodes.nfv.PNF", "b7c1", "Acme", "Box", "1.0", "A radio node", "b7c1-inv"));
        assertThat(pnf.extCps()).containsExactly(new ExtCp("box_cp", List.of("ipv4"), Optional.empty()));
    }

    @Test
    void anNsdWithAPnfReadsItsLinksAndRoundTrips(@TempDir Path dir) throws IOException {
        NsDescriptor ns = withEdge(SampleDescriptors.vcpeChain());

        ExportResult export = STRICT.export(ns, Sol001Edition.V4_4_1);
        assertThat(export.ok()).as(export.report().issues().toString()).isTrue();
        assertThat(export.written().orElseThrow().files().values().iterator().next())
                .contains("derived_from: tosca.nodes.nfv.PNF");
        Path entry = DescriptorRoundTripTest.write(export.written().orElseThrow(), dir);
        assertThat(STRICT.importFile(entry).descriptor()).contains(ns);
    }

    @Test
    void aPnfOnALinkTheServiceDoesNotHaveDangles() {
        NsDescriptor ns = SampleDescriptors.vcpeChain()
                .withPnfs(List.of(new PnfRef("edge", "acme.pnf.EdgeRouter", "x", Map.of("wan", "nowhere"))));

        assertThat(STRICT.checkChain(ns)).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.NS_LINK_DANGLING);
            assertThat(i.path()).isEqualTo("pnfs.edge.wan");
        });
    }

    @Test
    void aPnfIsAKnownHopOfAForwardingPathWhenItIsOnTheLink() {
        NsDescriptor ns = withEdge(SampleDescriptors.vcpeChain());
        var graph = ns.forwardingGraphs().getFirst();
        var path = graph.paths().getFirst();
        List<io.chainline.tosca.model.ForwardingPath.Position> positions = new java.util.ArrayList<>(path.positions());
        positions.add(new io.chainline.tosca.model.ForwardingPath.Position(
                "pos_edge",
                Optional.empty(),
                List.of(new io.chainline.tosca.model.ForwardingPath.Element("el_edge", List.of("edge")))));
        var longer = new io.chainline.tosca.model.ForwardingPath(path.node(), positions, path.rules());
        NsDescriptor withHop = new NsDescriptor(
                ns.identity(),
                ns.vnfs(),
                ns.saps(),
                ns.virtualLinks(),
                ns.forwarders(),
                List.of(new io.chainline.tosca.model.ForwardingGraph(
                        graph.name(), graph.description(), graph.members(), List.of(longer))),
                ns.exposed(),
                ns.pnfs());

        assertThat(STRICT.checkChain(withHop)).isEmpty();
    }

    static NsDescriptor withEdge(NsDescriptor ns) {
        String link = ns.virtualLinks().getFirst().node();
        return ns.withPnfs(List.of(new PnfRef(
                "edge", "acme.pnf.EdgeRouter", "9d4e0c57-2c3a-4d1e-9b07-6f1f5e0a7c11", Map.of("lan", link))));
    }

    static PnfDescriptor edgeRouter() {
        return new PnfDescriptor(
                new PnfIdentity(
                        "acme.pnf.EdgeRouter",
                        "9d4e0c57-2c3a-4d1e-9b07-6f1f5e0a7c11",
                        "Acme",
                        "EdgeRouter",
                        "2.1",
                        "Customer edge router",
                        "0f1e2d3c-4b5a-4968-8776-655443322110"),
                List.of(
                        new ExtCp(
                                "wan",
                                List.of("ipv4"),
                                Optional.empty(),
                                Optional.of(new CpAddressing(List.of("192.0.2.1"), 0, false))),
                        new ExtCp("lan", List.of("ethernet"), Optional.empty())),
                Optional.of("{country_code: fr}"));
    }

    private static Path oldPackage(Path dir) throws IOException {
        Files.writeString(dir.resolve("pnfd_types.yaml"), OLD_TYPES);
        return Files.writeString(dir.resolve("pnf.yaml"), OLD_PNFD);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
