package io.chainline.connector.docker;

import com.github.dockerjava.api.DockerClient;
import io.chainline.connector.api.ApplyResult;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.DeploymentRef;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The deploy benchmark (issue 24, docs/performance.md): a harness that prints, not a test. Runs only with
 * {@code -Dbench=deploy}. In one run against podman, N times in alternating order: (a) a chain of 10 NFs deployed the
 * way the console's job step does it (connect, {@code apply} with readiness, close), (b) the same networks and
 * containers with raw docker-java calls ({@link BenchChain#rawDeploy}), then both torn down. Prints each run, the
 * medians, the ratio a/b and where (a) spent its time ({@link ApplyTimings}).
 */
@EnabledIfSystemProperty(named = "bench", matches = "deploy")
class DeployBenchIT {

    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final int SIZE = Integer.getInteger("bench.nfs", 10);

    /** Each chain its own 10.x.0.0/16 (podman refuses a subnet in use), starting somewhere in 200–254. */
    private static final java.util.concurrent.atomic.AtomicInteger NETS = new java.util.concurrent.atomic.AtomicInteger(
            ThreadLocalRandom.current().nextInt(55));

    private final List<String> phases = new ArrayList<>();

    @Test
    void deployAChainThroughTheConnectorAndWithRawCalls() throws Exception {
        capturePhases();
        String host = Engines.podman();
        String image = Engines.nfImage();
        List<Long> connector = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        try (DockerClient docker = DockerClients.of(host)) {
            chain(image).rawDeploy(docker, true); // warm-up: the image is present and cached by the engine
            destroyAll();
            for (int run = 1; run <= RUNS; run++) {
                BenchChain a = chain(image);
                BenchChain b = chain(image);
                long ta;
                long tb;
                if (run % 2 == 1) {
                    ta = viaConnector(host, a);
                    tb = raw(docker, b);
                } else {
                    tb = raw(docker, b);
                    ta = viaConnector(host, a);
                }
                long down = teardown(a, b);
                connector.add(ta);
                raw.add(tb);
                System.out.printf(
                        Locale.ROOT,
                        "deploybench run %d (%s first): connector %d ms, raw %d ms, ratio %.2f, teardown %d ms%n",
                        run,
                        run % 2 == 1 ? "connector" : "raw",
                        ta,
                        tb,
                        (double) ta / tb,
                        down);
                System.out.println("deploybench phases " + phases.getLast());
            }
        } finally {
            destroyAll();
        }
        long ma = median(connector);
        long mb = median(raw);
        System.out.printf(
                Locale.ROOT,
                "deploybench %d NFs x %d runs: median connector %d ms, median raw %d ms, ratio of medians %.2f%n",
                SIZE,
                RUNS,
                ma,
                mb,
                (double) ma / mb);
    }

    private static BenchChain chain(String image) {
        DeploymentRef ref =
                DeploymentRef.of("bench-" + UUID.randomUUID().toString().substring(0, 6));
        return new BenchChain(ref, 200 + NETS.getAndIncrement() % 55, SIZE, image);
    }

    /** As the console's job step: a connector per step, apply with a readiness budget, close. */
    private static long viaConnector(String host, BenchChain chain) {
        long start = System.nanoTime();
        try (Connector connector = connect(host)) {
            ApplyResult result = connector.apply(chain.unit(), Duration.ofSeconds(120));
            if (!result.allReady()) {
                throw new IllegalStateException("not ready: " + result.readiness());
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long raw(DockerClient docker, BenchChain chain) {
        long start = System.nanoTime();
        chain.rawDeploy(docker, true);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long teardown(BenchChain... chains) {
        long start = System.nanoTime();
        try (Connector connector = connect(Engines.podman())) {
            for (BenchChain chain : chains) {
                connector.destroy(chain.ref());
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Whatever an interrupted run left: the benchmark's deployments all start with "bench-". */
    private static void destroyAll() {
        try (DockerClient docker = DockerClients.of(Engines.podman());
                Connector connector = connect(Engines.podman())) {
            docker.listContainersCmd().withShowAll(true).exec().stream()
                    .map(c -> c.getLabels().get(io.chainline.connector.api.Ownership.DEPLOYMENT))
                    .filter(id -> id != null && id.startsWith("bench-"))
                    .distinct()
                    .forEach(id -> connector.destroy(DeploymentRef.of(id)));
            docker.listNetworksCmd().exec().stream()
                    .map(n -> n.getLabels() == null
                            ? null
                            : n.getLabels().get(io.chainline.connector.api.Ownership.DEPLOYMENT))
                    .filter(id -> id != null && id.startsWith("bench-"))
                    .distinct()
                    .forEach(id -> connector.destroy(DeploymentRef.of(id)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Connector connect(String host) {
        return new DockerConnectorFactory(Clock.systemUTC())
                .connect(new DockerAccess(
                        URI.create(host), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    /** The connector's DEBUG line per apply (System.Logger, here backed by java.util.logging: DEBUG is FINE). */
    private void capturePhases() {
        Logger logger = Logger.getLogger(ApplyTimings.LOGGER);
        logger.setLevel(Level.FINE);
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                phases.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
