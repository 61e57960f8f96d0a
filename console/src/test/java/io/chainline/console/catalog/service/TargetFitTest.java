package io.chainline.console.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.connector.api.Platform;
import io.chainline.connector.api.WorkloadShape;
import io.chainline.tosca.model.VduExtensions;
import io.chainline.tosca.model.VnfDescriptor;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The "Runs on" line: the deployment side's rules, applied at design time. */
class TargetFitTest {

    /** The platforms the console ships, found as the console finds them; the test-only fake one is left out here. */
    static final List<Platform> SHIPPED = ServiceLoader.load(Platform.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> !p.kind().name().equals("FAKE"))
            .toList();

    static final List<Platform> WITH_FAKE = ServiceLoader.load(Platform.class).stream()
            .map(ServiceLoader.Provider::get)
            .toList();

    private static VnfDescriptor one(io.chainline.tosca.model.Vdu vdu) {
        return VnfEdits.addVdu(DemoDescriptors.blank("p", "q", "id"), vdu).descriptor();
    }

    @Test
    void aSingleContainerRunsOnEveryContainerTarget() {
        TargetFit fit = TargetFit.of(one(VnfEditsPropertiesTest.containerVdu("web")), SHIPPED);

        assertThat(fit.runsOn()).containsExactly("Docker host", "Swarm", "Kubernetes");
        assertThat(fit.excluded()).containsOnlyKeys("OpenStack");
        assertThat(fit.line())
                .startsWith("Runs on: Docker host, Swarm, Kubernetes.")
                .contains("Not on: OpenStack (");
    }

    @Test
    void aMultiContainerVduRunsOnKubernetesOnly() {
        VnfDescriptor d = VnfEdits.addContainer(
                        one(VnfEditsPropertiesTest.containerVdu("web")),
                        "web",
                        DemoDescriptors.unnamedImage("sidecar", 100, 64L << 20))
                .descriptor();

        TargetFit fit = TargetFit.of(d, SHIPPED);
        assertThat(fit.runsOn()).containsExactly("Kubernetes");
        assertThat(fit.excluded().get("Swarm")).contains("has 2 containers");
    }

    @Test
    void aVmRunsOnOpenStackOnly() {
        TargetFit fit = TargetFit.of(one(VnfEditsPropertiesTest.computeVdu("db")), SHIPPED);

        assertThat(fit.runsOn()).containsExactly("OpenStack");
        assertThat(fit.excluded().get("Kubernetes")).contains("is a VM");
    }

    @Test
    void kataNeedsATargetWithTheRuntimeClassAndNeverSwarm() {
        VnfDescriptor d = VnfEdits.setIsolation(
                        one(VnfEditsPropertiesTest.containerVdu("web")), "web", VduExtensions.Isolation.SANDBOXED)
                .descriptor();

        TargetFit fit = TargetFit.of(d, SHIPPED);
        assertThat(fit.runsOn()).containsExactly("Docker host", "Kubernetes");
        assertThat(fit.needs().get("Kubernetes")).isEqualTo("the kata-qemu runtime class");
        assertThat(fit.excluded().get("Swarm")).contains("cannot choose an OCI runtime");
    }

    @Test
    void aMixedDesignSaysWhereEachVduGoes() {
        VnfDescriptor d = VnfEdits.addVdu(
                        one(VnfEditsPropertiesTest.containerVdu("web")), VnfEditsPropertiesTest.computeVdu("db"))
                .descriptor();

        TargetFit fit = TargetFit.of(d, SHIPPED);
        assertThat(fit.runsOn()).isEmpty();
        assertThat(fit.line()).contains("web: Docker host, Swarm, Kubernetes; db: OpenStack");
    }

    @Test
    void aNewPlatformBringsItsOwnDesignRules() {
        TargetFit fit = TargetFit.of(one(VnfEditsPropertiesTest.containerVdu("web")), WITH_FAKE);

        // the test-only module answers with Platform's default rule, from what it says it runs
        assertThat(fit.runsOn()).contains("Fake lab bench (tests)");
        assertThat(TargetFit.of(one(VnfEditsPropertiesTest.computeVdu("db")), WITH_FAKE)
                        .excluded()
                        .get("Fake lab bench (tests)"))
                .isEqualTo("VDU db is a VM; Fake lab bench (tests) runs containers");
    }

    @Test
    void theShapeOfASandboxedContainerVduNamesItsRuntime() {
        VnfDescriptor d = VnfEdits.setIsolation(
                        one(VnfEditsPropertiesTest.containerVdu("web")), "web", VduExtensions.Isolation.SANDBOXED)
                .descriptor();

        WorkloadShape shape = TargetFit.shape(io.chainline.console.catalog.service.FlavourDraft.first(d)
                .vdus()
                .getFirst());
        assertThat(shape.sandboxed()).isTrue();
        assertThat(shape.containers()).isEqualTo(1);
    }
}
