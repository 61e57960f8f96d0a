package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import io.chainline.connector.api.TargetKind;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetRequest;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.Engines;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.MockKubernetes;
import io.chainline.placement.Constraint;
import io.chainline.placement.Decision;
import io.chainline.tosca.model.VduExtensions;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mixed plan: a Kubernetes cluster with amd64 and arm64 nodes and a Kata runtime class (fabric8's CRUD mock, with a
 * stand-in kubelet) beside a real Docker host. An arm64-only sandboxed firewall can only go to the cluster's arm64
 * node; the classifier is pinned to the Docker host; the plan says why for each, and terminate leaves nothing.
 */
@IntegrationTest
class DeploymentKubernetesIT {

    @Autowired
    DeploymentService deployments;

    @Autowired
    DeploymentQueries queries;

    @Autowired
    FleetService fleet;

    @Autowired
    CatalogService catalog;

    @Autowired
    ChainService chains;

    private final MockKubernetes cluster = new MockKubernetes().withKubelet();
    private final DockerClient podman = Engines.client(Engines.podman());
    private TargetSummary k8s;
    private TargetSummary host;

    @BeforeEach
    void registerTheFleet() {
        k8s = fleet.register(
                new TargetRequest(
                        DeploymentDockerIT.unique("edge"),
                        TargetKind.KUBERNETES,
                        "paris",
                        "",
                        Map.of("site", "paris"),
                        new TargetRequest.Kubernetes(cluster.kubeconfig("t"), null, null, null, null),
                        null,
                        null),
                "admin");
        fleet.sync(k8s.id());
        host = fleet.register(
                DeploymentDockerIT.docker(DeploymentDockerIT.unique("podman"), Engines.podman()), "admin");
        fleet.sync(host.id());
    }

    @AfterEach
    void close() throws Exception {
        cluster.close();
        Engines.sweep(podman);
        podman.close();
    }

    @Test
    void aSandboxedArm64FirewallGoesToTheClustersArmNodeAndTheRestIsExplained() {
        VduExtensions armKata = new VduExtensions(
                VduExtensions.Isolation.SANDBOXED, Optional.of("kata-qemu"), List.of("arm64"), Map.of());
        List<Deployables.Nf> nfs = List.of(
                Deployables.Nf.plain("classifier", 8081),
                Deployables.Nf.plain("firewall", 8082).with(armKata),
                Deployables.Nf.plain("router", 8083));
        ChainSummary chain = Deployables.publish(catalog, chains, Engines.nfImage(), nfs);
        String name = DeploymentDockerIT.unique("mixed");
        DeploymentSettings settings = DeploymentSettings.defaults()
                .withTargets(Set.of(k8s.name(), host.name()))
                .withOverrides(Map.of("classifier", host.name()));

        DeploymentPlan plan = deployments.plan(name, chain.id(), settings);

        assertThat(plan.problems()).isEmpty();
        Decision firewall = plan.decisions().get(1);
        assertThat(firewall.choice().orElseThrow().targetName()).isEqualTo(k8s.name());
        assertThat(firewall.choice().orElseThrow().nodes()).containsExactly("edge-r1");
        assertThat(firewall.choice().orElseThrow().reasons())
                .contains(
                        "image offers [amd64, arm64], VDU allows [arm64] → runs on [arm64] nodes here",
                        "sandboxed in the kata-qemu runtime class");
        assertThat(firewall.rejections())
                .filteredOn(r -> r.target().equals(host.name()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.target()).isEqualTo(host.name());
                    assertThat(r.constraint()).isEqualTo(Constraint.ISOLATION);
                });
        assertThat(plan.decisions().get(0).choice().orElseThrow().targetName()).isEqualTo(host.name());
        assertThat(plan.decisions().get(2).choice().orElseThrow().reasons())
                .contains("keeps the chain together: a neighbour already runs here");
        assertThat(plan.notes()).singleElement().asString().contains("classifier → firewall crosses targets");

        DeploymentViews.JobSummary job = deployments.deploy(name, chain.id(), settings, "olivia");
        await().atMost(Duration.ofMinutes(3))
                .until(() -> queries.job(job.id()).summary().state().finished());
        DeploymentViews.JobDetail done = queries.job(job.id());
        assertThat(done.summary().state()).as(done.events().toString()).isEqualTo(JobState.COMPLETED);

        Deployment fw = cluster.client()
                .apps()
                .deployments()
                .inNamespace("chainline-" + name)
                .withName("firewall-main")
                .get();
        assertThat(fw.getSpec().getTemplate().getSpec().getRuntimeClassName()).isEqualTo("kata-qemu");
        assertThat(fw.getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .getFirst()
                        .getImage())
                .startsWith("127.0.0.1:5000/nfv/echo@sha256:");
        assertThat(fw.getSpec().getTemplate().getSpec().getNodeSelector()).containsEntry("kubernetes.io/arch", "arm64");
        assertThat(cluster.client()
                        .apps()
                        .deployments()
                        .inNamespace("chainline-" + name)
                        .withName("router-main")
                        .get())
                .isNotNull();
        assertThat(Engines.containersOf(podman, name))
                .singleElement()
                .satisfies(c -> assertThat(c.getLabels()).containsEntry("chainline.io/nf", "classifier"));
        assertThat(queries.detail(job.deploymentId()).live().byNf())
                .containsOnly(
                        Map.entry("classifier", LiveStatus.State.READY),
                        Map.entry("firewall", LiveStatus.State.READY),
                        Map.entry("router", LiveStatus.State.READY));

        UUID terminate = deployments.terminate(job.deploymentId(), "olivia").id();
        await().atMost(Duration.ofMinutes(2))
                .until(() -> queries.job(terminate).summary().state().finished());
        assertThat(queries.job(terminate).summary().state()).isEqualTo(JobState.COMPLETED);
        assertThat(cluster.client()
                        .apps()
                        .deployments()
                        .inAnyNamespace()
                        .withLabel("chainline.io/deployment", name)
                        .list()
                        .getItems())
                .isEmpty();
        assertThat(Engines.containersOf(podman, name)).isEmpty();
        assertThat(queries.detail(job.deploymentId()).summary().state()).isEqualTo(DeploymentState.TERMINATED);
    }
}
