package io.chainline.console.overview.view;

import io.chainline.connector.api.TargetKind;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.base.service.FaultReports;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.service.DeploymentJson;
import io.chainline.console.deployment.service.DeploymentSettings;
import io.chainline.console.deployment.service.DesiredState;
import io.chainline.console.deployment.service.DriftService.DriftItem;
import io.chainline.console.fleet.domain.FleetTarget;
import io.chainline.console.fleet.domain.FleetTargetRepository;
import io.chainline.console.fleet.domain.Health;
import io.chainline.console.fleet.domain.NodeRow;
import io.chainline.console.overview.service.NocBoard;
import io.chainline.console.security.view.TokensView;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Prints how long the wall screen takes with 1,000 active alarms and 200 deployments (docs/performance.md, issue 21:
 * under 1 s): building the snapshot, and opening the overview (snapshot and tiles), server-side like the view tests.
 * Also how many SQL statements one snapshot runs, before and after seeding: the same number, so nothing is read per
 * alarm or per deployment. A harness that prints figures, not a test: named *Benchmark so the suite never runs it;
 * {@code scripts/benchmark-overview.sh} does.
 */
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class OverviewBenchmark extends ViewTest {

    static final int DEPLOYMENTS = 200;
    static final int ALARMS_PER_DEPLOYMENT = 5;
    static final int TARGETS = 20;
    static final String[] SITES = {"Paris", "Frankfurt", "Lyon", "Madrid"};
    static final Severity[] SEVERITIES = {Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.WARNING};

    @Autowired
    NocBoard board;

    @Autowired
    FaultReports reports;

    @Autowired
    DeploymentRepository deployments;

    @Autowired
    FleetTargetRepository targets;

    @Autowired
    DeploymentJson json;

    @Autowired
    ChainService chains;

    @Autowired
    EntityManagerFactory jpa;

    @Test
    void wallScreenWithAThousandAlarmsAndTwoHundredDeployments() throws Exception {
        Statistics stats = jpa.unwrap(SessionFactory.class).getStatistics();
        System.out.printf(
                "load before: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.printf("SQL statements per snapshot before seeding: %d%n", statements(stats));
        List<FleetTarget> fleet = seedTargets();
        seedDeploymentsAndAlarms(fleet);
        var snapshot = board.snapshot();
        System.out.printf(
                "seeded: %d targets, %d deployments, %d active alarms (%s)%n",
                fleet.size(),
                snapshot.deployments().all().size(),
                snapshot.alarms().total(),
                snapshot.alarms().bySeverity());
        System.out.printf("SQL statements per snapshot after seeding: %d%n", statements(stats));
        report("snapshot (NocBoard.snapshot)", 5, 30, () -> time(board::snapshot));
        signIn(TestUsers.VIEWER);
        report("open the overview from another page (snapshot + tiles)", 5, 30, () -> {
            navigate(TokensView.class); // a new overview each time: navigating to the open one keeps it
            return time(() -> navigate(OverviewView.class));
        });
        OverviewView open = navigate(OverviewView.class);
        report("redraw the open overview (a Push or the 15 s refresh)", 5, 30, () -> time(open::refresh));
        System.out.printf(
                "load after: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private long statements(Statistics stats) {
        board.snapshot(); // warm: the first read prepares what later ones reuse
        stats.clear();
        board.snapshot();
        return stats.getPrepareStatementCount();
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static void report(String what, int warmUps, int runs, LongSupplier timed) {
        for (int i = 0; i < warmUps; i++) {
            timed.getAsLong();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            nanos[i] = timed.getAsLong();
        }
        Arrays.sort(nanos);
        System.out.printf(
                "%s: median %.1f ms, p95 %.1f ms, max %.1f ms over %d runs%n",
                what, nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.95)] / 1e6, nanos[runs - 1] / 1e6, runs);
    }

    private List<FleetTarget> seedTargets() {
        List<FleetTarget> all = new ArrayList<>();
        for (int i = 0; i < TARGETS; i++) {
            FleetTarget t = new FleetTarget(UUID.randomUUID(), TargetKind.DOCKER, TestUsers.ADMIN, Instant.now());
            String site = SITES[i % SITES.length];
            t.describe(
                    "bench-" + site.toLowerCase() + "-" + i,
                    site,
                    "",
                    "",
                    "tcp://10.0.0." + i + ":2376",
                    "",
                    TestUsers.ADMIN,
                    Instant.now());
            t.checked(i % 7 == 0 ? Health.UNREACHABLE : Health.REACHABLE, "", "27", Instant.now());
            List<NodeRow> nodes = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                String arch = n == 2 ? "arm64" : "amd64";
                nodes.add(new NodeRow("node-" + n, arch, arch, "linux", 4000, 8L << 30, "", n != 1 || i % 5 != 0));
            }
            t.synced(nodes, List.of(), "27", Instant.now());
            all.add(targets.save(t));
        }
        return all;
    }

    private void seedDeploymentsAndAlarms(List<FleetTarget> fleet) {
        ChainSummary chain = chains.list().stream()
                .filter(c -> c.state() == DescriptorState.PUBLISHED)
                .findFirst()
                .orElseThrow();
        for (int i = 0; i < DEPLOYMENTS; i++) {
            Deployment d = deployments.save(deployment(chain, i));
            List<Fault> faults = new ArrayList<>();
            for (int a = 0; a < ALARMS_PER_DEPLOYMENT; a++) {
                FleetTarget on = fleet.get((i + a) % fleet.size());
                faults.add(new Fault(
                        "workload-missing:nf" + a,
                        Fault.ManagedObject.deployment(d.getId(), d.getName()),
                        Fault.Resource.workload("nf" + a + "-main", "nf" + a, on.getId()),
                        SEVERITIES[(i + a) % SEVERITIES.length],
                        Fault.EventType.PROCESSING_ERROR_ALARM,
                        "Workload missing",
                        "nothing of it runs on " + on.getName()));
            }
            reports.report(FaultScope.of("live", d.getId()), faults);
        }
    }

    private Deployment deployment(ChainSummary chain, int i) {
        Deployment d = new Deployment(UUID.randomUUID(), "bench-" + i, TestUsers.OPERATOR, Instant.now());
        d.describe(
                chain.id(),
                chain.name(),
                chain.nsVersion(),
                json.write(DeploymentSettings.defaults()),
                json.write(new DesiredState(chain.id(), chain.nsVersion(), List.of(), List.of())));
        DeploymentState state = i % 10 == 0
                ? DeploymentState.FAILED
                : i % 10 == 1 ? DeploymentState.TERMINATED : DeploymentState.INSTANTIATED;
        d.moveTo(state, TestUsers.OPERATOR, Instant.now());
        if (i % 10 == 2) {
            d.driftChecked(
                    json.write(List.of(new DriftItem(null, "bench", "changed", "nf0-main", List.of("image"), "k" + i))),
                    Instant.now());
        }
        return d;
    }
}
