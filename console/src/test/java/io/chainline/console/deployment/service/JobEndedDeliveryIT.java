package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.TestPropertySource;

/**
 * A listener of {@link JobEnded} that throws (ADR 24): the job's end stays committed, the listener's publication stays
 * incomplete and is resubmitted (backing off) while the listener keeps failing, and once the listener works the
 * publication completes, delivered successfully exactly once. The console's own listeners complete beside it.
 */
@IntegrationTest
@Import(JobEndedDeliveryIT.Flaky.Config.class)
@TestPropertySource(properties = {"chainline.events.check-interval=PT0.5S", "chainline.events.resubmit-after=PT1S"})
class JobEndedDeliveryIT {

    private static final String FLAKY = "test.flaky-job-listener";

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

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Flaky flaky;

    @Autowired
    MeterRegistry meters;

    private final MockKubernetes cluster = new MockKubernetes().withKubelet();

    @AfterEach
    void close() {
        cluster.close();
    }

    @Test
    void aFailingListenerNeitherRollsTheJobBackNorLosesTheEvent() {
        flaky.fail(true);
        TargetSummary k8s = fleet.register(
                new TargetRequest(
                        "edge-" + UUID.randomUUID().toString().substring(0, 6),
                        TargetKind.KUBERNETES,
                        "site-a",
                        "",
                        Map.of(),
                        new TargetRequest.Kubernetes(cluster.kubeconfig("t"), null, null, null, null),
                        null,
                        null),
                "admin");
        fleet.sync(k8s.id());
        ChainSummary chain = Deployables.publish(catalog, chains, Engines.nfImage(), Deployables.vcpe());

        var job = deployments.deploy(
                "vcpe-" + UUID.randomUUID().toString().substring(0, 6),
                chain.id(),
                DeploymentSettings.defaults().withTargets(Set.of(k8s.name())),
                "alice");

        // the job's end committed although its listener threw
        await().atMost(Duration.ofSeconds(90)).until(() -> flaky.failures(job.id()) >= 1);
        var ended = queries.job(job.id()).summary();
        assertThat(ended.state()).isEqualTo(JobState.COMPLETED);
        assertThat(queries.detail(job.deploymentId()).summary().state()).isEqualTo(DeploymentState.INSTANTIATED);

        // the publication stays incomplete and is resubmitted while the listener fails
        await().atMost(Duration.ofSeconds(30)).until(() -> flaky.failures(job.id()) >= 3);
        Map<String, Object> failing = publication(job.id());
        assertThat(failing.get("completion_date")).isNull();
        assertThat(((Number) failing.get("completion_attempts")).intValue()).isGreaterThanOrEqualTo(2);
        assertThat(meters.get("chainline.events.incomplete").gauge().value())
                .as("the incomplete publication is counted for Prometheus")
                .isGreaterThanOrEqualTo(1);

        // the listener recovers: the next resubmission delivers it, once, and the publication completes
        flaky.fail(false);
        await().atMost(Duration.ofSeconds(60)).until(() -> publication(job.id()).get("completion_date") != null);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> flaky.successes(job.id()) == 1);
        assertThat(publication(job.id()).get("status")).isEqualTo("COMPLETED");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> meters.get("chainline.events.incomplete").gauge().value() == 0);

        // the console's own listeners of the same event completed at the first delivery
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM event_publication WHERE listener_id <> ? AND serialized_event LIKE ?"
                                + " AND completion_date IS NULL",
                        Integer.class,
                        FLAKY,
                        "%" + job.id() + "%"))
                .isZero();
    }

    private Map<String, Object> publication(UUID jobId) {
        return jdbc.queryForMap(
                "SELECT status, completion_date, completion_attempts FROM event_publication"
                        + " WHERE listener_id = ? AND serialized_event LIKE ?",
                FLAKY,
                "%" + jobId + "%");
    }

    /** A listener in another feature that fails until told otherwise, counting what it saw per job. */
    static class Flaky {

        // read through methods only: the bean is a proxy (the listener is asynchronous and transactional)
        private final AtomicBoolean failing = new AtomicBoolean(true);
        private final Map<UUID, AtomicInteger> failures = new ConcurrentHashMap<>();
        private final Map<UUID, AtomicInteger> successes = new ConcurrentHashMap<>();

        @ApplicationModuleListener(id = FLAKY)
        public void on(JobEnded ended) {
            if (failing.get()) {
                failures.computeIfAbsent(ended.jobId(), id -> new AtomicInteger())
                        .incrementAndGet();
                throw new IllegalStateException("the listener's store is down");
            }
            successes.computeIfAbsent(ended.jobId(), id -> new AtomicInteger()).incrementAndGet();
        }

        void fail(boolean fail) {
            failing.set(fail);
        }

        int failures(UUID job) {
            return failures.getOrDefault(job, new AtomicInteger()).get();
        }

        int successes(UUID job) {
            return successes.getOrDefault(job, new AtomicInteger()).get();
        }

        @TestConfiguration(proxyBeanMethods = false)
        static class Config {
            @Bean
            Flaky flaky() {
                return new Flaky();
            }
        }
    }
}
