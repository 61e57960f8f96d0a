package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainline.connector.api.TargetKind;
import io.chainline.connector.fake.FakeLab;
import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.base.service.FaultReports;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetLeases;
import io.chainline.console.fleet.service.TargetRequest;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.Engines;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.PostgresDatabase;
import io.chainline.console.support.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Two consoles on one PostgreSQL, each with a watcher of its own (the second wired by hand from the same services,
 * with a lease holder of its own, rather than a second Spring context): each target is observed by exactly one of
 * them per round, alarms are not duplicated, and when the holder stops renewing the other takes over after the ttl.
 * The context's own watcher is off, so only the two built here lease targets; their rounds are driven by the test.
 */
@IntegrationTest
@TestPropertySource(properties = "chainline.watch.enabled=false")
class TargetWatcherPostgresIT {

    private static final Duration TTL = Duration.ofSeconds(45);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Autowired
    FleetService fleet;

    @Autowired
    WatchedDeployments watched;

    @Autowired
    LiveStatus live;

    @Autowired
    DriftService drift;

    @Autowired
    FaultReports faults;

    @Autowired
    AlarmQueries alarms;

    @Autowired
    DataSource dataSource;

    @Autowired
    DeploymentService deployments;

    @Autowired
    DeploymentQueries queries;

    @Autowired
    CatalogService catalog;

    @Autowired
    ChainService chains;

    private final TestClock clock = new TestClock();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private TargetLeases leasesA;
    private TargetLeases leasesB;

    @AfterEach
    void release() {
        if (leasesA != null) {
            leasesA.release();
            leasesB.release();
        }
    }

    private TargetWatcher console(TargetLeases leases) {
        WatchSettings settings = new WatchSettings(
                Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofMinutes(1), false, Duration.ofSeconds(60));
        return new TargetWatcher(leases, fleet, watched, live, drift, faults, alarms, clock, settings);
    }

    private TargetSummary bench(String name) {
        TargetSummary target = fleet.register(request(name, "t"), "admin");
        fleet.sync(target.id());
        return target;
    }

    private static TargetRequest request(String name, String token) {
        return TargetRequest.of(
                name, TargetKind.of("FAKE"), "lab", "", Map.of(), Map.of("endpoint", "fake://" + name, "token", token));
    }

    /** The bench refuses the console's token from now on (or accepts it again), as a rotated credential would. */
    private void token(TargetSummary bench, String token) {
        fleet.update(bench.id(), fleet.get(bench.id()).version(), request(bench.name(), token), "admin");
    }

    private UUID deployOn(ChainSummary chain, String name, String bench) {
        UUID job = deployments
                .deploy(name, chain.id(), DeploymentSettings.defaults().withTargets(Set.of(bench)), "olivia")
                .id();
        await().atMost(Duration.ofMinutes(2))
                .until(() -> queries.job(job).summary().state().finished());
        assertThat(queries.job(job).summary().state()).isEqualTo(JobState.COMPLETED);
        return queries.job(job).summary().deploymentId();
    }

    private List<Alarm> liveAlarms(UUID deployment) {
        return alarms.activeOn(deployment).stream()
                .filter(a -> a.getScope().source().equals(TargetWatcher.LIVE))
                .toList();
    }

    @Test
    void eachTargetIsWatchedByExactlyOneConsoleAndTheOtherTakesOverAfterTheTtl() {
        TargetSummary a = bench("bench-a-" + suffix);
        TargetSummary b = bench("bench-b-" + suffix);
        ChainSummary chain = Deployables.publish(catalog, chains, Engines.nfImage(), Deployables.vcpe());
        UUID onA = deployOn(chain, "wa-" + suffix, a.name());
        UUID onB = deployOn(chain, "wb-" + suffix, b.name());
        leasesA = new TargetLeases(dataSource, "console-a-" + suffix, clock, TTL);
        leasesB = new TargetLeases(dataSource, "console-b-" + suffix, clock, TTL);
        TargetWatcher first = console(leasesA);
        TargetWatcher second = console(leasesB);

        int seenA = FakeLab.observations(a.name());
        int seenB = FakeLab.observations(b.name());
        Set<UUID> heldByFirst = first.round();
        Set<UUID> heldBySecond = second.round();

        assertThat(heldByFirst).contains(a.id(), b.id());
        assertThat(heldBySecond).doesNotContain(a.id(), b.id());
        assertThat(FakeLab.observations(a.name()) - seenA)
                .as("one observation of bench a per round")
                .isEqualTo(1);
        assertThat(FakeLab.observations(b.name()) - seenB)
                .as("one observation of bench b per round")
                .isEqualTo(1);
        assertThat(FakeLab.watches(a.name())).as("one watch on the bench").isEqualTo(1);

        String workload = FakeLab.deployment(a.name(), "wa-" + suffix).keySet().stream()
                .filter(w -> w.startsWith("firewall"))
                .findFirst()
                .orElseThrow();
        FakeLab.remove(a.name(), "wa-" + suffix, workload);
        first.signals();
        second.round();
        first.round();

        assertThat(liveAlarms(onA)).singleElement().satisfies(alarm -> {
            assertThat(alarm.getCause()).isEqualTo("workload-missing:" + workload);
            assertThat(alarm.getPerceivedSeverity()).isEqualTo(Severity.MAJOR);
            assertThat(alarm.getResource().targetId()).isEqualTo(a.id());
        });
        assertThat(liveAlarms(onB)).isEmpty();

        // the first console stops (it crashed: no release); after the ttl the second takes its targets over
        clock.setNow(clock.instant().plus(TTL).plusSeconds(1));
        seenA = FakeLab.observations(a.name());
        assertThat(second.round()).contains(a.id(), b.id());
        assertThat(FakeLab.observations(a.name()) - seenA).isEqualTo(1);
        assertThat(liveAlarms(onA))
                .as("the second console reports the same scope: the alarm is updated, not raised twice")
                .singleElement()
                .satisfies(alarm -> assertThat(alarm.getCause()).isEqualTo("workload-missing:" + workload));
        assertThat(first.round()).as("the first, back, finds its targets taken").doesNotContain(a.id(), b.id());
        assertThat(FakeLab.watches(a.name())).as("it closed its watch").isEqualTo(1);

        // a signal reaches the holder's watch, which observes at once, without waiting for a round
        String router = FakeLab.deployment(b.name(), "wb-" + suffix).keySet().stream()
                .filter(w -> w.startsWith("router"))
                .findFirst()
                .orElseThrow();
        FakeLab.fail(b.name(), "wb-" + suffix, router, "CrashLoopBackOff: exit code 2");
        second.signals();
        assertThat(liveAlarms(onB)).singleElement().satisfies(alarm -> {
            assertThat(alarm.getCause()).isEqualTo("crash-loop:" + router);
            assertThat(alarm.getProbableCause()).isEqualTo("Crash loop");
            assertThat(alarm.getFaultDetails()).contains("exit code 2");
        });

        // the bench stops accepting the console: not observed, so its alarms are neither raised nor cleared
        token(b, "wrong");
        FakeLab.bench(b.name())
                .get("wb-" + suffix)
                .computeIfPresent(
                        router,
                        (k, r) -> new FakeLab.Running(r.desired(), r.desired().replicas(), java.util.Optional.empty()));
        clock.setNow(clock.instant().plusSeconds(31)); // the next connection test is due
        int seenBefore = FakeLab.observations(b.name());
        second.round();
        assertThat(FakeLab.observations(b.name()))
                .as("an unreachable target is not observed")
                .isEqualTo(seenBefore);
        assertThat(liveAlarms(onB))
                .as("what was true stays until the bench can be observed again")
                .hasSize(1);

        token(b, "t");
        clock.setNow(clock.instant().plusSeconds(31));
        second.round();
        assertThat(liveAlarms(onB)).as("observed again: the router runs").isEmpty();

        // terminated: nothing of it should run, so nobody reports it again and its alarms are cleared
        assertThat(liveAlarms(onA)).hasSize(1);
        UUID terminate = deployments.terminate(onA, "olivia").id();
        await().atMost(Duration.ofMinutes(1))
                .until(() -> queries.job(terminate).summary().state().finished());
        second.round();
        assertThat(liveAlarms(onA)).isEmpty();
    }
}
