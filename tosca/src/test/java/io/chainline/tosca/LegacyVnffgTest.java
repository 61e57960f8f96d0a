package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.model.ForwardingPath;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.Sol001Edition;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tacker's legacy VNFFG descriptors become SOL001 NSDs: paths, hops and classifiers in SOL001's words. */
class LegacyVnffgTest {

    private static final String VNFFGD = """
            tosca_definitions_version: tosca_simple_profile_for_nfv_1_0_0
            description: HTTP through a firewall and a router
            topology_template:
              node_templates:
                Forwarding_path1:
                  type: tosca.nodes.nfv.FP.TackerV2
                  properties:
                    id: 51
                    policy:
                      type: ACL
                      criteria:
                        - name: http
                          classifier:
                            network_name: tenant1_net
                            destination_port_range: 80-1024
                            ip_proto: 6
                            ip_dst_prefix: 192.168.1.2/24
                    path:
                      - forwarder: VNF1
                        capability: CP12
                      - forwarder: VNF3
                        capability: CP32
              groups:
                VNFFG1:
                  type: tosca.groups.nfv.VNFFG
                  description: HTTP to Corporate Net
                  properties:
                    vendor: tacker
                    version: 1.0
                    number_of_endpoints: 2
                    dependent_virtual_link: [VL12, VL32]
                    connection_point: [CP12, CP32]
                    constituent_vnfs: [VNF1, VNF3]
                  members: [Forwarding_path1]
            """;

    @TempDir
    Path dir;

    @Test
    void aLegacyPathBecomesOrderedPositionsWithASol001Classifier() {
        ToscaEngine engine = new ToscaEngine();
        ImportResult imported = engine.importFile(Fixtures.write(dir, "vnffgd.yaml", VNFFGD));

        NsDescriptor ns = (NsDescriptor) imported.descriptor().orElseThrow();
        assertThat(ns.vnfs()).extracting(v -> v.node()).containsExactly("VNF1", "VNF3");
        ForwardingPath path = ns.forwardingGraphs().getFirst().paths().getFirst();
        assertThat(path.positions())
                .extracting(p -> p.elements().getFirst().profileElements().getFirst())
                .containsExactly("VNF1_CP12", "VNF3_CP32");
        assertThat(path.rules().getFirst().criteria())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "protocol", "tcp",
                        "destination_port_range", "80..1024",
                        "destination_ip_address_prefix", "192.168.1.2/24"));

        // a legacy VNFFG has no SOL001 identity: written as SOL001 it needs one, as a person would give it
        ExportResult sol001 = engine.export(DescriptorRoundTripTest.identified(ns), Sol001Edition.V4_4_1);
        assertThat(sol001.ok()).as(sol001.report().issues().toString()).isTrue();
        assertThat(sol001.written().orElseThrow().files().values().iterator().next())
                .contains("type: tosca.policies.nfv.NfpRule")
                .contains("destination_port_range:\n            - 80\n            - 1024");
    }
}
