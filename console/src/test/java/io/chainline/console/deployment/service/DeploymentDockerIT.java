package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
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
import io.chainline.placement.Decision;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/** The vCPE on a real Docker engine (podman's API): planned, gated, run, answering, scaled, drifted, terminated. */
@IntegrationTest
class DeploymentDockerIT {

    @Autowired
    DeploymentService deployments;

    @Autowired
    DeploymentQueries queries;

    @Autowired
    DriftService drift;

    @Autowired
    LiveStatus live;

    @Autowired
    FleetService fleet;

    @Autowired
    CatalogService catalog;

    @Autowired
    ChainService chains;

    private final DockerClient podman = Engines.client(Engines.podman());
    private TargetSummary host;

    @BeforeEach
    void registerTheHost() {
        host = fleet.register(
                docker("podman-" + UUID.randomUUID().toString().substring(0, 6), Engines.podman()), "admin");
        fleet.sync(host.id());
    }

    @AfterEach
    void close() throws Exception {
        Engines.sweep(podman);
        podman.close();
    }

    static TargetRequest docker(String name, String endpoint) {
        return new TargetRequest(
                name,
                TargetKind.DOCKER,
                "lab",
                "",
                Map.of("site", "lab"),
                null,
                null,
                new TargetRequest.Docker(endpoint, null, null, null, null));
    }

    static String unique(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    DeploymentSettings on(String... targets) {
        return DeploymentSettings.defaults().withTargets(Set.of(targets));
    }

    DeploymentViews.JobDetail awaitEnd(UUID job) {
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> queries.job(job).summary().state().finished());
        return queries.job(job);
    }

    @Test
    void theVcpeIsPlannedWithReasonsDeployedByDigestAndAnswers() throws Exception {
        ChainSummary chain = Deployables.publish(catalog, chains, Engines.nfImage(), Deployables.vcpe());
        String name = unique("vcpe");

        DeploymentPlan plan = deployments.plan(name, chain.id(), on(host.name()));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.decisions()).hasSize(3).allSatisfy(d -> {
            Decision.Choice choice = d.choice().orElseThrow();
            assertThat(choice.targetName()).isEqualTo(host.name());
            assertThat(choice.reasons().getFirst())
                    .isEqualTo("image offers [amd64, arm64], VDU allows any → runs on [amd64] nodes here");
        });
        assertThat(plan.images()).singleElement().satisfies(i -> {
            assertThat(i.pinned()).startsWith("127.0.0.1:5000/nfv/echo@sha256:");
            assertThat(i.digest()).isEqualTo(Engines.env().getProperty("NF_DIGEST"));
        });
        assertThat(plan.targets())
                .singleElement()
                .satisfies(t -> assertThat(t.changes()).isGreaterThanOrEqualTo(4));
        assertThat(Engines.containersOf(podman, name))
                .as("planning changes nothing")
                .isEmpty();

        DeploymentViews.JobSummary job = deployments.deploy(name, chain.id(), on(host.name()), "olivia");
        DeploymentViews.JobDetail done = awaitEnd(job.id());

        assertThat(done.summary().state()).as(done.events().toString()).isEqualTo(JobState.COMPLETED);
        assertThat(done.steps())
                .extracting(DeploymentViews.StepView::title)
                .containsExactly(
                        "Check images: digests, architectures, signatures",
                        "Apply to " + host.name() + " (3 workloads)");
        List<Container> running = Engines.containersOf(podman, name);
        assertThat(running).hasSize(3).allSatisfy(c -> {
            assertThat(c.getState()).isEqualTo("running");
            assertThat(c.getImage()).contains("@sha256:");
        });
        for (Container c : running) {
            assertThat(answer(c)).startsWith("chainline-nf");
        }
        DeploymentViews.DeploymentDetail detail = queries.detail(job.deploymentId());
        assertThat(detail.summary().state()).isEqualTo(DeploymentState.INSTANTIATED);
        assertThat(detail.live().byNf())
                .containsOnly(
                        Map.entry("classifier", LiveStatus.State.READY),
                        Map.entry("firewall", LiveStatus.State.READY),
                        Map.entry("router", LiveStatus.State.READY));
    }

    /** Asks the container's stand-in NF over its network address: it runs, and it answers. */
    private String answer(Container c) throws Exception {
        var inspect = podman.inspectContainerCmd(c.getId()).exec();
        String ip = inspect.getNetworkSettings()
                .getNetworks()
                .values()
                .iterator()
                .next()
                .getIpAddress();
        String port = inspect.getConfig().getEnv() == null
                ? "8080"
                : java.util.Arrays.stream(inspect.getConfig().getEnv())
                        .filter(e -> e.startsWith("PORT="))
                        .map(e -> e.substring(5))
                        .findFirst()
                        .orElse("8080");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        String[] body = new String[1];
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
            body[0] = http.send(
                            HttpRequest.newBuilder(URI.create("http://" + ip + ":" + port + "/"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            return true;
        });
        return body[0];
    }

    @Test
    void scaledDriftedReconciledAndTerminatedWithNothingLeft() {
        ChainSummary chain = Deployables.publish(catalog, chains, Engines.nfImage(), Deployables.vcpe());
        String name = unique("vcpe");
        UUID deployment =
                deployments.deploy(name, chain.id(), on(host.name()), "olivia").deploymentId();
        awaitEnd(queries.detail(deployment).jobs().getFirst().id());

        DeploymentViews.JobSummary scale =
                deployments.scale(deployment, "firewall", Optional.of("large"), Map.of(), "olivia");
        assertThat(awaitEnd(scale.id()).summary().state()).isEqualTo(JobState.COMPLETED);
        assertThat(firewalls(name)).hasSize(3);
        assertThat(queries.detail(deployment).desired().placements())
                .filteredOn(p -> p.nf().equals("firewall"))
                .singleElement()
                .satisfies(p -> assertThat(p.replicas()).isEqualTo(3));

        DeploymentViews.JobSummary byAspect =
                deployments.scale(deployment, "firewall", Optional.empty(), Map.of("capacity", 1), "olivia");
        assertThat(awaitEnd(byAspect.id()).summary().state()).isEqualTo(JobState.COMPLETED);
        assertThat(firewalls(name)).hasSize(2);

        assertThat(drift.check(deployment)).isEmpty();
        podman.removeContainerCmd(firewalls(name).getFirst().getId())
                .withForce(true)
                .exec();
        List<DriftService.DriftItem> drifted = drift.check(deployment);
        assertThat(drifted)
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.targetName()).isEqualTo(host.name()));
        assertThat(queries.detail(deployment).summary().drifted()).isEqualTo(drifted.size());
        drift.accept(deployment, "olivia");
        assertThat(drift.check(deployment))
                .as("accepted differences are no longer reported")
                .isEmpty();

        DeploymentViews.JobSummary reconcile = deployments.reconcile(deployment, "olivia");
        assertThat(awaitEnd(reconcile.id()).summary().state()).isEqualTo(JobState.COMPLETED);
        assertThat(firewalls(name)).hasSize(2);
        assertThat(drift.check(deployment)).isEmpty();

        DeploymentViews.JobSummary terminate = deployments.terminate(deployment, "olivia");
        assertThat(awaitEnd(terminate.id()).summary().state()).isEqualTo(JobState.COMPLETED);
        assertThat(Engines.containersOf(podman, name)).isEmpty();
        assertThat(podman.listNetworksCmd().exec())
                .noneMatch(
                        n -> n.getLabels() != null && name.equals(n.getLabels().get("chainline.io/deployment")));
        assertThat(queries.detail(deployment).summary().state()).isEqualTo(DeploymentState.TERMINATED);
    }

    @Test
    void aVduWithoutScalingAspectsIsScaledByItsReplicasAndDriftGoesWithReconcileAndTerminate() {
        ChainSummary chain = Deployables.publish(catalog, chains, Engines.nfImage(), Deployables.vcpe());
        String name = unique("replicas");
        UUID deployment =
                deployments.deploy(name, chain.id(), on(host.name()), "olivia").deploymentId();
        awaitEnd(queries.detail(deployment).jobs().getFirst().id());
        assertThat(queries.replicas(deployment))
                .filteredOn(r -> r.workload().equals("classifier-main"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.current()).isEqualTo(1);
                    assertThat(r.min()).isEqualTo(1);
                    assertThat(r.max()).isEqualTo(4);
                });

        DeploymentViews.JobSummary out = deployments.scaleReplicas(deployment, "classifier", "main", 2, "olivia");
        assertThat(awaitEnd(out.id()).summary().state()).isEqualTo(JobState.COMPLETED);
        assertThat(classifiers(name))
                .hasSize(2)
                .allSatisfy(c -> assertThat(c.getState()).isEqualTo("running"));
        assertThat(liveClassifier(deployment)).isEqualTo("2/2");
        assertThat(classifierReplicas(deployment)).isEqualTo(2);

        podman.removeContainerCmd(classifiers(name).getFirst().getId())
                .withForce(true)
                .exec();
        assertThat(drift.check(deployment)).isNotEmpty();
        assertThat(queries.detail(deployment).summary().drifted()).isPositive();
        DeploymentViews.JobSummary reconcile = deployments.reconcile(deployment, "olivia");
        assertThat(awaitEnd(reconcile.id()).summary().state()).isEqualTo(JobState.COMPLETED);
        assertThat(queries.detail(deployment).drift())
                .as("a completed reconcile leaves no drift shown")
                .isEmpty();
        assertThat(classifiers(name)).hasSize(2);

        DeploymentViews.JobSummary in = deployments.scaleReplicas(deployment, "classifier", "main", 1, "olivia");
        assertThat(awaitEnd(in.id()).summary().state()).isEqualTo(JobState.COMPLETED);
        assertThat(classifiers(name)).hasSize(1);
        assertThat(liveClassifier(deployment)).isEqualTo("1/1");
        assertThat(firewalls(name)).as("the other functions keep their counts").hasSize(1);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> deployments.scaleReplicas(deployment, "classifier", "main", 9, "olivia"))
                .isInstanceOfSatisfying(
                        io.chainline.console.base.service.ChainlineException.class,
                        e -> assertThat(e.getMessage())
                                .isEqualTo(
                                        "classifier's main runs 1 to 4 instances (its VDU profile); 9 is outside that"
                                                + " range."));

        podman.removeContainerCmd(classifiers(name).getFirst().getId())
                .withForce(true)
                .exec();
        assertThat(drift.check(deployment)).isNotEmpty();
        DeploymentViews.JobSummary terminate = deployments.terminate(deployment, "olivia");
        assertThat(awaitEnd(terminate.id()).summary().state()).isEqualTo(JobState.COMPLETED);
        assertThat(queries.detail(deployment).drift())
                .as("nothing runs, so nothing drifted")
                .isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> deployments.scaleReplicas(deployment, "classifier", "main", 2, "olivia"))
                .isInstanceOfSatisfying(
                        io.chainline.console.base.service.ChainlineException.class,
                        e -> assertThat(e.code()).isEqualTo("DEPLOYMENT-TERMINATED"));
    }

    private String liveClassifier(UUID deployment) {
        return live.refresh(deployment).workloads().stream()
                .filter(w -> w.workload().equals("classifier-main"))
                .map(w -> w.ready() + "/" + w.desired())
                .findFirst()
                .orElseThrow();
    }

    private int classifierReplicas(UUID deployment) {
        return queries.detail(deployment).desired().placements().stream()
                .filter(p -> p.workload().equals("classifier-main"))
                .findFirst()
                .orElseThrow()
                .replicas();
    }

    private List<Container> classifiers(String deployment) {
        return Engines.containersOf(podman, deployment).stream()
                .filter(c -> "classifier".equals(c.getLabels().get("chainline.io/nf")))
                .toList();
    }

    private List<Container> firewalls(String deployment) {
        return Engines.containersOf(podman, deployment).stream()
                .filter(c -> "firewall".equals(c.getLabels().get("chainline.io/nf")))
                .toList();
    }
}
