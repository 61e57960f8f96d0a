package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.TargetKind;
import io.chainline.connector.api.Workload;
import io.chainline.console.catalog.service.DemoContainers;
import io.chainline.console.chain.service.DemoChains;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.placement.Decision;
import io.chainline.placement.PlacementResult;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.VnfDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A chain's data plane in the desired state: link networks, interfaces, addresses and each NF's chain context. */
class DataPlanesTest {

    private static final UUID LAB = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

    @Test
    void theDemoVcpeWithoutAddressDataKeepsTodaysUnit() {
        List<VnfDescriptor> vnfs = DemoContainers.vcpe(DemoContainers.DEFAULT_IMAGE);
        NsDescriptor ns =
                DemoChains.vcpe(vnfs.stream().map(VnfDescriptor::descriptorId).toList());
        List<ChainBlueprint.Nf> nfs = new ArrayList<>();
        for (int i = 0; i < vnfs.size(); i++) {
            nfs.add(new ChainBlueprint.Nf(
                    ns.vnfs().get(i).node(),
                    ns.vnfs().get(i),
                    vnfs.get(i),
                    vnfs.get(i).flavours().getFirst()));
        }
        ChainBlueprint.Blueprint blueprint =
                new ChainBlueprint.Blueprint(TrafficChains.summary(), ns, nfs, ChainBlueprint.hops(ns));

        DeploymentUnit unit = build(blueprint, DeploymentSettings.defaults(), DataPlanes.Inputs.fresh());

        assertThat(unit.networks()).isEmpty();
        assertThat(unit.workloads()).hasSize(3).allSatisfy(w -> {
            assertThat(w.dataPlane()).isEqualTo(Workload.DataPlane.NONE);
            assertThat(w.configuration()).doesNotContainKey(Workload.CHAIN_CONTEXT);
        });
        assertThat(unit.flows()).hasSize(2);
    }

    @Test
    void theSeededVcpeWithClassifierCarriesTraffic() {
        List<VnfDescriptor> vnfs = DemoContainers.routed(DemoContainers.DEFAULT_IMAGE);
        NsDescriptor ns = DemoChains.vcpeWithClassifier(
                vnfs.stream().map(VnfDescriptor::descriptorId).toList());
        List<ChainBlueprint.Nf> nfs = new ArrayList<>();
        for (int i = 0; i < vnfs.size(); i++) {
            nfs.add(new ChainBlueprint.Nf(
                    ns.vnfs().get(i).node(),
                    ns.vnfs().get(i),
                    vnfs.get(i),
                    vnfs.get(i).flavours().getFirst()));
        }

        DeploymentUnit unit = build(
                new ChainBlueprint.Blueprint(TrafficChains.summary(), ns, nfs, ChainBlueprint.hops(ns)),
                DeploymentSettings.defaults(),
                DataPlanes.Inputs.fresh());

        assertThat(unit.networks().stream().map(LinkNetwork::link))
                .containsExactly("lan", "cl-fw", "cl-rt", "fw-rt", "wan");
        assertThat(workload(unit, "classifier-engine").dataPlane().attachments().stream()
                        .map(a -> a.link() + "=" + a.interfaceName()))
                .containsExactly("lan=eth1", "cl-fw=eth2", "cl-rt=eth3");
        assertThat(unit.workloads())
                .allSatisfy(
                        w -> assertThat(w.dataPlane().forwarding()).as(w.name()).isTrue());
        assertThat(workload(unit, "classifier-engine").configuration().get(Workload.CHAIN_CONTEXT))
                .contains("\"destinationPorts\" : \"80\"");
    }

    @Test
    void everyLinkBecomesANetworkAndEveryDataCpAnInterfaceWithItsAddress() {
        DeploymentUnit unit = build(TrafficChains.vcpe(), DeploymentSettings.defaults(), DataPlanes.Inputs.fresh());

        assertThat(unit.networks())
                .containsExactly(
                        new LinkNetwork(
                                "lan",
                                "192.168.10.0/24",
                                Optional.of("192.168.10.1"),
                                true,
                                LinkNetwork.Driver.BRIDGE,
                                Optional.empty(),
                                Optional.empty()),
                        LinkNetwork.bridge("cl-fw", "10.60.0.0/24", false),
                        LinkNetwork.bridge("cl-rt", "10.60.1.0/24", false),
                        LinkNetwork.bridge("fw-rt", "10.60.2.0/24", false),
                        LinkNetwork.bridge("wan", "10.60.3.0/24", true));
        Workload classifier = workload(unit, "classifier-main");
        assertThat(classifier.dataPlane().attachments())
                .containsExactly(
                        new Workload.Attachment("in-cp", "lan", "eth1", List.of("192.168.10.2")),
                        new Workload.Attachment("web-cp", "cl-fw", "eth2", List.of("10.60.0.2")),
                        new Workload.Attachment("rest-cp", "cl-rt", "eth3", List.of("10.60.1.2")));
        assertThat(classifier.dataPlane().forwarding()).isTrue();
        assertThat(classifier.dataPlane().capabilities()).containsExactly("NET_ADMIN");
        assertThat(workload(unit, "firewall-main").dataPlane().capabilities())
                .as("declared, plus NET_ADMIN to set routes")
                .containsExactlyInAnyOrder("NET_RAW", "NET_ADMIN");
    }

    @Test
    void theChainContextTellsEachNfItsPathsNeighboursAndTheClassifiersMatch() {
        DeploymentUnit unit = build(TrafficChains.vcpe(), DeploymentSettings.defaults(), DataPlanes.Inputs.fresh());

        assertThat(workload(unit, "classifier-main").configuration().get(Workload.CHAIN_CONTEXT))
                .isEqualToIgnoringWhitespace("""
                        {"version":1,"deployment":"vcpe-acme","nf":"classifier","forwarding":true,
                         "management":{"interface":"eth0"},
                         "interfaces":[
                          {"cp":"in-cp","link":"lan","interface":"eth1","address":"192.168.10.2",
                           "addresses":["192.168.10.2"],"cidr":"192.168.10.0/24"},
                          {"cp":"web-cp","link":"cl-fw","interface":"eth2","address":"10.60.0.2",
                           "addresses":["10.60.0.2"],"cidr":"10.60.0.0/24"},
                          {"cp":"rest-cp","link":"cl-rt","interface":"eth3","address":"10.60.1.2",
                           "addresses":["10.60.1.2"],"cidr":"10.60.1.0/24"}],
                         "paths":[
                          {"name":"web","position":1,"length":3,
                           "ingress":{"link":"lan","cidr":"192.168.10.0/24"},
                           "egress":{"link":"wan","cidr":"10.60.3.0/24"},
                           "next":{"nf":"firewall","address":"10.60.0.3","interface":"eth2"},
                           "match":{"protocol":"tcp","source":"192.168.10.0/24","destinationPorts":"80"}},
                          {"name":"rest","position":1,"length":2,
                           "ingress":{"link":"lan","cidr":"192.168.10.0/24"},
                           "egress":{"link":"wan","cidr":"10.60.3.0/24"},
                           "next":{"nf":"router","address":"10.60.1.3","interface":"eth3"}}]}
                        """);
        assertThat(workload(unit, "firewall-main").configuration().get(Workload.CHAIN_CONTEXT))
                .contains("""
                        "previous" : {
                              "nf" : "classifier",
                              "address" : "10.60.0.2",
                              "interface" : "eth1"
                            },
                            "next" : {
                              "nf" : "router",
                              "address" : "10.60.2.3",
                              "interface" : "eth2"
                            }""")
                .doesNotContain("match")
                .doesNotContain("\"rest\"");
        assertThat(workload(unit, "router-main").configuration().get(Workload.CHAIN_CONTEXT))
                .contains("\"position\" : 3")
                .contains("\"position\" : 2")
                .doesNotContain("\"next\"");
    }

    @Test
    void reconcileScaleAndRestartKeepEveryAddressThatStays() {
        DesiredState first = desired(TrafficChains.vcpe(), DeploymentSettings.defaults(), DataPlanes.Inputs.fresh());
        DataPlanes.Inputs again = new DataPlanes.Inputs(
                SubnetPool.of(SubnetPool.DEFAULT),
                List.of(Ipv4Subnet.parse("10.60.4.0/24")),
                DataPlanes.Inputs.previous(Optional.of(first)));

        DesiredState same = desired(TrafficChains.vcpe(), DeploymentSettings.defaults(), again);
        DesiredState scaled = desired(
                TrafficChains.vcpe(),
                ScaleSettings.byReplicas(DeploymentSettings.defaults(), "firewall", "main", 3),
                again);

        assertThat(same.units()).as("reconcile and a restart plan the same").isEqualTo(first.units());
        Workload firewall = workload(scaled.units().getFirst().unit(), "firewall-main");
        assertThat(firewall.dataPlane().attachments().getFirst().addresses())
                .containsExactly("10.60.0.3", "10.60.0.4", "10.60.0.5");
        assertThat(workload(scaled.units().getFirst().unit(), "router-main").dataPlane())
                .isEqualTo(
                        workload(first.units().getFirst().unit(), "router-main").dataPlane());
    }

    @Test
    void aFreshDeploymentAvoidsSubnetsOtherDeploymentsHold() {
        DataPlanes.Inputs busy = new DataPlanes.Inputs(
                SubnetPool.of(SubnetPool.DEFAULT),
                List.of(Ipv4Subnet.parse("10.60.0.0/24"), Ipv4Subnet.parse("10.60.2.0/23")),
                LinkAddressing.Previous.NONE);

        DeploymentUnit unit = build(TrafficChains.vcpe(), DeploymentSettings.defaults(), busy);

        assertThat(unit.networks().stream().map(LinkNetwork::cidr))
                .containsExactly("192.168.10.0/24", "10.60.1.0/24", "10.60.4.0/24", "10.60.5.0/24", "10.60.6.0/24");
    }

    static DesiredState desiredOf(ChainBlueprint.Blueprint blueprint) {
        return desired(blueprint, DeploymentSettings.defaults(), DataPlanes.Inputs.fresh());
    }

    private static Workload workload(DeploymentUnit unit, String name) {
        return unit.workloads().stream()
                .filter(w -> w.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static DeploymentUnit build(
            ChainBlueprint.Blueprint blueprint, DeploymentSettings settings, DataPlanes.Inputs inputs) {
        DesiredState desired = desired(blueprint, settings, inputs);
        assertThat(desired.units()).hasSize(1);
        return desired.units().getFirst().unit();
    }

    private static DesiredState desired(
            ChainBlueprint.Blueprint blueprint, DeploymentSettings settings, DataPlanes.Inputs inputs) {
        List<WorkloadMapper.VduDemand> demands = WorkloadMapper.demands(blueprint, settings, Map.of());
        List<Decision> decisions = demands.stream()
                .map(d -> new Decision(
                        d.demand(),
                        Optional.of(new Decision.Choice(
                                LAB.toString(), "lab", Set.of(Architecture.AMD64), List.of(), List.of())),
                        List.of()))
                .toList();
        return DesiredStates.build(
                "vcpe-acme", blueprint, demands, new PlacementResult(decisions), Map.of(), Map.of(LAB, lab()), inputs);
    }

    private static TargetSummary lab() {
        return new TargetSummary(
                LAB,
                "lab",
                TargetKind.DOCKER,
                "",
                "",
                Map.of(),
                "unix:///var/run/docker.sock",
                null,
                "",
                null,
                "",
                null,
                "",
                0,
                0,
                Map.of(),
                0,
                0,
                List.of(),
                0);
    }
}
