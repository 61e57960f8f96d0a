package io.chainline.console.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.catalog.service.TargetFit.Kind;
import io.chainline.tosca.model.VduExtensions;
import io.chainline.tosca.model.VnfDescriptor;
import org.junit.jupiter.api.Test;

/** The "Runs on" line: the deployment side's rules, applied at design time. */
class TargetFitTest {

    private static VnfDescriptor one(io.chainline.tosca.model.Vdu vdu) {
        return VnfEdits.addVdu(DemoDescriptors.blank("p", "q", "id"), vdu).descriptor();
    }

    @Test
    void aSingleContainerRunsOnEveryContainerTarget() {
        TargetFit fit = TargetFit.of(one(VnfEditsPropertiesTest.containerVdu("web")));

        assertThat(fit.runsOn()).containsExactly(Kind.DOCKER_HOST, Kind.SWARM, Kind.KUBERNETES);
        assertThat(fit.excluded()).containsOnlyKeys(Kind.OPENSTACK);
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

        TargetFit fit = TargetFit.of(d);
        assertThat(fit.runsOn()).containsExactly(Kind.KUBERNETES);
        assertThat(fit.excluded().get(Kind.SWARM)).contains("has 2 containers");
    }

    @Test
    void aVmRunsOnOpenStackOnly() {
        TargetFit fit = TargetFit.of(one(VnfEditsPropertiesTest.computeVdu("db")));

        assertThat(fit.runsOn()).containsExactly(Kind.OPENSTACK);
        assertThat(fit.excluded().get(Kind.KUBERNETES)).contains("is a VM");
    }

    @Test
    void kataNeedsATargetWithTheRuntimeClassAndNeverSwarm() {
        VnfDescriptor d = VnfEdits.setIsolation(
                        one(VnfEditsPropertiesTest.containerVdu("web")), "web", VduExtensions.Isolation.SANDBOXED)
                .descriptor();

        TargetFit fit = TargetFit.of(d);
        assertThat(fit.runsOn()).containsExactly(Kind.DOCKER_HOST, Kind.KUBERNETES);
        assertThat(fit.needs().get(Kind.KUBERNETES)).isEqualTo("the kata-qemu runtime class");
        assertThat(fit.excluded().get(Kind.SWARM)).contains("cannot choose an OCI runtime");
    }

    @Test
    void aMixedDesignSaysWhereEachVduGoes() {
        VnfDescriptor d = VnfEdits.addVdu(
                        one(VnfEditsPropertiesTest.containerVdu("web")), VnfEditsPropertiesTest.computeVdu("db"))
                .descriptor();

        TargetFit fit = TargetFit.of(d);
        assertThat(fit.runsOn()).isEmpty();
        assertThat(fit.line()).contains("web: Docker host, Swarm, Kubernetes; db: OpenStack");
    }
}
