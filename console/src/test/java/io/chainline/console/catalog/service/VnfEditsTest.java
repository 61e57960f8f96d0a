package io.chainline.console.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.catalog.service.DesignPart.Kind;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VduExtensions;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfDescriptor;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The designer's edits on the demo firewall: what each changes, keeps and names. */
class VnfEditsTest {

    private static final VnfDescriptor FW = DemoDescriptors.firewall();
    private static final ToscaEngines ENGINES = new ToscaEngines("", Clock.systemUTC());

    private static String yaml(VnfDescriptor d) {
        return ENGINES.engine()
                .export(d, Sol001Edition.DEFAULT)
                .written()
                .orElseThrow()
                .files()
                .values()
                .iterator()
                .next();
    }

    @Test
    void aNewVduWhoseContainerNameIsTakenIsRefusedAndTheDesignerPicksAFreeOne() {
        VnfDescriptor d = VnfEdits.addVdu(
                        DemoDescriptors.blank("p", "q", "id"), VnfEditsPropertiesTest.containerVdu("a"))
                .descriptor();
        d = VnfEdits.renameVdu(d, "a", "b").descriptor();

        // b keeps its container a_main: a new VDU a would export a second node template a_main
        assertThat(VnfEdits.addVdu(d, VnfEditsPropertiesTest.containerVdu("a")).descriptor())
                .isEqualTo(d);
        VnfDescriptor withVdu1 =
                VnfEdits.addVdu(d, VnfEditsPropertiesTest.containerVdu("vdu1")).descriptor();
        withVdu1 = VnfEdits.renameVdu(withVdu1, "vdu1", "web").descriptor();
        assertThat(VnfEdits.freeVduName(withVdu1, "vdu")).isEqualTo("vdu2");
    }

    @Test
    void addingACpAndAVlKeepsEverythingElse() {
        VnfDescriptor d = LinkEdits.addVl(
                        FW,
                        new VirtualLink("mgmt", Optional.empty(), List.of("ipv4"), Optional.empty(), 1_000_000_000L, 0))
                .descriptor();
        d = LinkEdits.addCp(
                        d,
                        new VduCp(
                                "fw_mgmt",
                                List.of("ipv4"),
                                Optional.of("fw"),
                                Optional.of("mgmt"),
                                OptionalInt.empty()))
                .descriptor();

        Flavour f = VnfEdits.flavour(d);
        assertThat(f.virtualLinks()).extracting(VirtualLink::node).containsExactly("inside", "outside", "mgmt");
        assertThat(f.cps()).extracting(VduCp::node).containsExactly("fw_cp", "fw_cp_out", "fw_mgmt");
        assertThat(DesignPart.of(d)).containsAll(DesignPart.of(FW));
        assertThat(yaml(d)).contains("fw_mgmt:", "mgmt:");
    }

    @Test
    void removingAVdusNamesItsConnectionPointsDeltasLevelsAndRules() {
        VnfEdits.Result result = VnfEdits.removeVdu(FW, "fw");

        assertThat(result.alsoRemoved(DesignPart.of(Kind.VDU, "fw")))
                .contains(
                        "container fw_engine of fw",
                        "connection point fw_cp",
                        "connection point fw_cp_out",
                        "the step deltas of fw in scaling aspect capacity",
                        "the initial instances of fw",
                        "the instances of fw in level small",
                        "placement rule fw_apart")
                .doesNotContain("the link of connection point fw_cp to inside");
        Flavour f = VnfEdits.flavour(result.descriptor());
        assertThat(f.vdus()).isEmpty();
        assertThat(f.cps()).isEmpty();
        assertThat(f.virtualLinks()).hasSize(2);
        assertThat(f.scalingAspects()).hasSize(1);
        assertThat(f.levels()).extracting(l -> l.vduInstances().isEmpty()).containsOnly(true);
    }

    @Test
    void removingAVlUnlinksItsConnectionPointsAndNamesThem() {
        VnfEdits.Result result = LinkEdits.removeVl(FW, "inside");

        assertThat(result.alsoRemoved(DesignPart.of(Kind.VIRTUAL_LINK, "inside")))
                .containsExactly(
                        "the link of connection point fw_cp to inside",
                        "external connection point fw_ext",
                        "exposed requirement virtual_link");
        assertThat(VnfEdits.flavour(result.descriptor()).cps())
                .filteredOn(c -> c.node().equals("fw_cp"))
                .singleElement()
                .satisfies(c -> assertThat(c.virtualLink()).isEmpty());
    }

    @Test
    void aContainerCanBeRemovedAndIsNamed() {
        VnfDescriptor two = VnfEdits.addContainer(FW, "fw", DemoDescriptors.unnamedImage("fw_sidecar", 100, 64L << 20))
                .descriptor();
        VnfEdits.Result result = VnfEdits.removeContainer(two, "fw", "fw_sidecar");

        assertThat(result.removed()).containsExactly(new DesignPart(Kind.CONTAINER, "fw", "fw_sidecar"));
        assertThat(result.descriptor()).isEqualTo(FW);
    }

    @Test
    void renamingAVduRenamesEveryReference() {
        VnfDescriptor d = VnfEdits.renameVdu(FW, "fw", "filter").descriptor();
        Flavour f = VnfEdits.flavour(d);

        assertThat(f.cps()).extracting(c -> c.vdu().orElseThrow()).containsOnly("filter");
        assertThat(f.scalingAspects().getFirst().vduDeltas()).containsOnlyKeys("filter");
        assertThat(f.initialDeltas()).containsOnlyKeys("filter");
        assertThat(f.levels()).allSatisfy(l -> assertThat(l.vduInstances()).containsOnlyKeys("filter"));
        assertThat(f.placementRules().getFirst().targets()).containsExactly("filter");
        assertThat(VnfEdits.renameVdu(FW, "fw", "inside").descriptor())
                .as("a taken name")
                .isSameAs(FW);
    }

    @Test
    void backToRuncDropsTheRuntimeClass() {
        VnfDescriptor runc = VnfEdits.setIsolation(FW, "fw", VduExtensions.Isolation.SHARED_KERNEL)
                .descriptor();

        assertThat(VnfEdits.flavour(runc).vdus().getFirst().extensions().runtimeClass())
                .isEmpty();
        assertThat(yaml(FW)).contains("runtime_class_name: kata-qemu");
        assertThat(yaml(runc)).doesNotContain("runtime_class_name: kata-qemu").doesNotContain("isolation: sandboxed");
        VnfDescriptor again = VnfEdits.setIsolation(runc, "fw", VduExtensions.Isolation.SANDBOXED)
                .descriptor();
        assertThat(VnfEdits.flavour(again).vdus().getFirst().extensions().runtimeClass())
                .contains("kata-qemu");
    }

    @Test
    void anEmptyImageIsNoImageAndNeverADockerUrlWithoutAReference() {
        VnfDescriptor empty =
                VnfEdits.setImage(FW, "fw", "fw_engine", "  ", Optional.empty()).descriptor();

        ContainerVdu fw = (ContainerVdu) VnfEdits.flavour(empty).vdus().getFirst();
        assertThat(fw.containers().getFirst().image()).isEmpty();
        assertThat(yaml(empty)).doesNotContain("docker://\n").doesNotMatch("(?s).*file: docker://\\s.*");
        assertThat(new DesignCheck(ENGINES).check(empty))
                .filteredOn(i -> i.code().equals("CATALOG-IMAGE-MISSING"))
                .singleElement()
                .satisfies(i -> assertThat(i.error()).isTrue());
    }

    @Test
    void theSameReferenceKeepsItsDigestAndANewOneIsUnpinned() {
        VnfDescriptor same = VnfEdits.setImage(
                        FW, "fw", "fw_engine", "registry.example.net/nfv/vfirewall:4.2", Optional.empty())
                .descriptor();
        VnfDescriptor other = VnfEdits.setImage(
                        FW, "fw", "fw_engine", "registry.example.net/nfv/vfirewall:4.3", Optional.empty())
                .descriptor();

        assertThat(same).isEqualTo(FW);
        assertThat(((ContainerVdu) VnfEdits.flavour(other).vdus().getFirst())
                        .containers()
                        .getFirst()
                        .image()
                        .orElseThrow()
                        .checksum())
                .isEmpty();
    }

    @Test
    void replicasAreTheDefaultLevelsInstancesWithinTheProfile() {
        VnfDescriptor blank = VnfEdits.addVdu(
                        DemoDescriptors.blank("p", "q", "id"), VnfEditsPropertiesTest.containerVdu("web"))
                .descriptor();
        VnfDescriptor three = ScalingEdits.setReplicas(blank, "web", 3).descriptor();
        Flavour f = VnfEdits.flavour(three);

        assertThat(f.defaultLevel()).contains("default");
        assertThat(f.levels().getFirst().vduInstances()).containsEntry("web", 3);
        assertThat(f.initialDeltas()).containsEntry("web", 3);
        assertThat(f.vdus().getFirst().profile().maxInstances()).isEqualTo(3);
        assertThat(ScalingEdits.replicas(f, f.vdus().getFirst())).isEqualTo(3);
        assertThat(yaml(three)).contains("tosca.policies.nfv.InstantiationLevels", "default_level: default");

        Flavour fw = VnfEdits.flavour(ScalingEdits.setReplicas(FW, "fw", 4).descriptor());
        assertThat(ScalingEdits.replicas(fw, fw.vdus().getFirst())).isEqualTo(4);
        assertThat(fw.levels())
                .filteredOn(l -> l.id().equals("large"))
                .singleElement()
                .satisfies(l -> assertThat(l.vduInstances()).containsEntry("fw", 8));
    }

    @Test
    void removingAnAspectNamesItsScaleLevelsInLevels() {
        VnfEdits.Result result = ScalingEdits.removeAspect(FW, "capacity");

        assertThat(result.alsoRemoved(DesignPart.of(Kind.SCALING_ASPECT, "capacity")))
                .containsExactlyInAnyOrder(
                        "the scale level of capacity in level small", "the scale level of capacity in level large");
    }
}
