package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.Workload;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.DemoDescriptors;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.chain.service.DemoChains;
import io.chainline.placement.Demand;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VnfDescriptor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure parts of planning: scaling rules, the chain's hops, VDUs as demands and workloads, the live picture. */
class DeploymentModelTest {

    private final VnfDescriptor firewall = DemoDescriptors.firewall();
    private final Flavour fwFlavour = firewall.flavours().getFirst();
    private final Vdu fw = fwFlavour.vdus().getFirst();

    @Test
    void replicasFollowTheLevelTheAspectsOrTheDefaultWithinTheVdusBounds() {
        assertThat(Scaling.replicas(fwFlavour, fw, Optional.empty(), Map.of()))
                .as("default level small")
                .isEqualTo(2);
        assertThat(Scaling.replicas(fwFlavour, fw, Optional.of("large"), Map.of()))
                .isEqualTo(8);
        assertThat(Scaling.replicas(fwFlavour, fw, Optional.empty(), Map.of("capacity", 2)))
                .as("initial delta 2 + 2 steps of 2")
                .isEqualTo(6);
        assertThat(Scaling.replicas(fwFlavour, fw, Optional.empty(), Map.of("capacity", 9)))
                .as("an aspect stops at its max scale level (3), within the VDU's max (8)")
                .isEqualTo(8);
        assertThat(Scaling.aspectLevelsOf(fwFlavour, "large")).containsEntry("capacity", 3);
    }

    @Test
    void theChainsHopsFollowItsForwardingPath() {
        NsDescriptor vcpe = DemoChains.vcpe();

        assertThat(ChainBlueprint.hops(vcpe))
                .containsExactly(List.of("classifier", "firewall"), List.of("firewall", "router"));
        assertThat(Names.dns("vnf_Classifier_1")).isEqualTo("vnf-classifier-1");
    }

    @Test
    void aSandboxedSpreadFirewallAndARoutingVmBecomeTheDemandsPlacementWeighs() {
        ChainBlueprint.Blueprint blueprint = blueprint(List.of(
                new ChainBlueprint.Nf("firewall", DemoChains.vcpe().vnfs().get(1), firewall, fwFlavour),
                new ChainBlueprint.Nf(
                        "router",
                        DemoChains.vcpe().vnfs().get(2),
                        DemoDescriptors.router(),
                        DemoDescriptors.router().flavours().getFirst())));
        ImageGate.Facts image = new ImageGate.Facts(
                "registry.example.net/nfv/vfirewall:4.2",
                "sha256:" + "ab".repeat(32),
                Set.of(Architecture.ARM64, Architecture.AMD64),
                "registry.example.net/nfv/vfirewall@sha256:" + "ab".repeat(32));

        List<WorkloadMapper.VduDemand> demands =
                WorkloadMapper.demands(blueprint, DeploymentSettings.defaults(), Map.of(image.reference(), image));

        Demand fwDemand = demands.get(0).demand();
        assertThat(fwDemand.replicas()).isEqualTo(2);
        assertThat(fwDemand.sandboxRuntime()).contains("kata-qemu");
        assertThat(fwDemand.spreadAcrossNodes()).isTrue();
        assertThat(fwDemand.imageArchitectures()).containsExactlyInAnyOrder(Architecture.AMD64, Architecture.ARM64);
        assertThat(fwDemand.milliCpu()).isEqualTo(500);
        assertThat(fwDemand.neighbours()).containsExactly("router");
        Demand router = demands.get(1).demand();
        assertThat(router.virtualMachine()).isTrue();
        assertThat(router.imageArchitectures()).containsExactly(Architecture.AMD64);
        assertThat(router.milliCpu()).isEqualTo(4000);

        Workload workload = WorkloadMapper.workload(
                demands.get(0), Set.of(Architecture.ARM64), Map.of(image.reference(), image.pinned()));
        assertThat(workload.name()).isEqualTo("firewall-fw");
        assertThat(workload.isolation()).isEqualTo(Workload.Isolation.SANDBOXED);
        assertThat(workload.runtimeClass()).contains("kata-qemu");
        assertThat(workload.containers().getFirst().image()).isEqualTo(image.pinned());
        assertThat(workload.containers().getFirst().ports())
                .extracting(Workload.Port::port)
                .containsExactly(8443, 514);
        assertThat(workload.connectionPoints())
                .extracting(Workload.ConnectionPoint::name)
                .containsExactly("fw-cp", "fw-cp-out");
        assertThat(WorkloadMapper.workload(demands.get(1), Set.of(Architecture.AMD64), Map.of())
                        .vm())
                .hasValueSatisfying(vm -> assertThat(vm.vcpus()).isEqualTo(4));
    }

    @Test
    void thePictureIsColouredByEachVnfsLiveState() {
        String svg = "<svg><g class=\"vnf\" data-node=\"firewall\"><rect/></g>"
                + "<g class=\"vnf\" data-node=\"router\"><rect/></g></svg>";

        String coloured = io.chainline.console.deployment.view.LivePictureAccess.colour(
                svg, Map.of("firewall", LiveStatus.State.READY, "router", LiveStatus.State.FAILED));

        assertThat(coloured)
                .contains("data-node=\"firewall\" data-live=\"READY\"", "data-node=\"router\" data-live=\"FAILED\"")
                .contains("g[data-live=READY] rect:not(.mark){fill:#d3f9d8")
                .endsWith("</style></svg>");
    }

    @Test
    void aNetworkFunctionsStateIsTheWorstOfItsWorkloads() {
        LiveStatus.Live live = new LiveStatus.Live(
                Instant.EPOCH,
                List.of(
                        new LiveStatus.WorkloadState("fw-a", "fw", "t", LiveStatus.State.READY, 1, 1, ""),
                        new LiveStatus.WorkloadState("fw-b", "fw", "t", LiveStatus.State.PROGRESSING, 2, 1, "starting"),
                        new LiveStatus.WorkloadState("r-a", "router", "t", LiveStatus.State.READY, 1, 1, "")),
                List.of(),
                List.of());

        assertThat(live.byNf())
                .containsExactly(
                        Map.entry("fw", LiveStatus.State.PROGRESSING), Map.entry("router", LiveStatus.State.READY));
    }

    private static ChainBlueprint.Blueprint blueprint(List<ChainBlueprint.Nf> nfs) {
        ChainSummary chain = new ChainSummary(
                UUID.randomUUID(),
                "Example",
                "vCPE",
                "1.0",
                "vcpe-1",
                DescriptorState.PUBLISHED,
                nfs.size(),
                Instant.EPOCH,
                "alice",
                0);
        return new ChainBlueprint.Blueprint(chain, DemoChains.vcpe(), nfs, List.of(List.of("firewall", "router")));
    }
}
