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
    private static final boolean FRESH_FACTORY = Boolean.getBoolean("bench.freshFactory");
    private static final DockerConnectorFactory FACTORY = new DockerConnectorFactory(Clock.systemUTC());

    /** Each chain its own 10.x.0.0/16 (podman refuses a subnet in use), starting somewhere in 200–254. */
    private static final java.util.concurrent.atomic.AtomicInteger NETS = new java.util.concurrent.atomic.AtomicInteger(
            ThreadLocalRandom.current().nextInt(55));

    /** Held: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final Logger logger = Logger.getLogger(ApplyTimings.LOGGER);

    private final List<String> phases = new ArrayList<>();

    @Test
    void deployAChainThroughTheConnectorAndWithRawCalls() throws Exception {
        capturePhases();
        String host = Engines.podman();
        String image = Engines.nfImage();
        List<Long> connector = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        List<Long> rawSettled = new ArrayList<>();
        try (DockerClient docker = DockerClients.of(host)) {
            chain(image).rawDeploy(docker, true); // warm-up: the image is present and cached by the engine
            destroyAll();
            for (int run = 1; run <= RUNS; run++) {
                BenchChain a = chain(image);
                BenchChain b = chain(image);
                long ta;
                long[] tb;
                if (run % 2 == 1) {
                    ta = viaConnector(a);
                    tb = raw(docker, b);
                } else {
                    tb = raw(docker, b);
                    ta = viaConnector(a);
                }
                long down = teardown(a, b);
                connector.add(ta);
                raw.add(tb[0]);
                rawSettled.add(tb[1]);
                System.out.printf(
                        Locale.ROOT,
                        "deploybench run %d (%s first): connector %d ms, raw %d ms (ratio %.2f), raw until up %d s"
                                + " %d ms (ratio %.2f), teardown %d ms%n",
                        run,
                        run % 2 == 1 ? "connector" : "raw",
                        ta,
                        tb[0],
                        (double) ta / tb[0],
                        PlainEngine.SETTLE.toSeconds(),
                        tb[1],
                        (double) ta / tb[1],
                        down);
                System.out.println("deploybench phases " + (phases.isEmpty() ? "(none logged)" : phases.getLast()));
            }
        } finally {
            destroyAll();
        }
        long ma = median(connector);
        long mb = median(raw);
        long ms = median(rawSettled);
        System.out.printf(
                Locale.ROOT,
                "deploybench %d NFs x %d runs, %s factory: median connector %d ms, median raw %d ms, ratio %.2f;"
                        + " median raw until up %d s %d ms, ratio %.2f%n",
                SIZE,
                RUNS,
                FRESH_FACTORY ? "a fresh" : "one",
                ma,
                mb,
                (double) ma / mb,
                PlainEngine.SETTLE.toSeconds(),
                ms,
                (double) ma / ms);
    }

    private static BenchChain chain(String image) {
        DeploymentRef ref =
                DeploymentRef.of("bench-" + UUID.randomUUID().toString().substring(0, 6));
        return new BenchChain(ref, freeNet(), SIZE, image);
    }

    /** A 10.x.0.0/16 no network on the engine uses now (other tests share it and pick subnets of their own). */
    private static int freeNet() {
        try (DockerClient docker = DockerClients.of(Engines.podman())) {
            java.util.Set<String> used = new java.util.HashSet<>();
            docker.listNetworksCmd()
                    .exec()
                    .forEach(n -> used.add(NetworkSteps.subnet(n).replaceFirst("^(10\\.\\d+)\\..*", "$1")));
            for (int i = 0; i < 35; i++) {
                int net = 220 + NETS.getAndIncrement() % 35;
                if (!used.contains("10." + net)) {
                    return net;
                }
            }
            throw new IllegalStateException("no free 10.220–254 range on the engine: " + used);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** As the console's job step: a connector per step, apply with a readiness budget, close. */
    private static long viaConnector(BenchChain chain) {
        long start = System.nanoTime();
        try (Connector connector = FRESH_FACTORY ? fresh() : connect(Engines.podman())) {
            ApplyResult result = connector.apply(chain.unit(), Duration.ofSeconds(120));
            if (!result.allReady()) {
                throw new IllegalStateException("not ready: " + result.readiness());
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Raw calls until every container runs; then until each has been up {@link PlainEngine#SETTLE}, as (a) waits. */
    private static long[] raw(DockerClient docker, BenchChain chain) {
        long start = System.nanoTime();
        chain.rawDeploy(docker, true);
        long running = (System.nanoTime() - start) / 1_000_000;
        java.time.Instant settled = docker
                .listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(Specs.deploymentFilter(chain.ref()))
                .exec()
                .stream()
                .map(c -> Instants.of(
                        docker.inspectContainerCmd(c.getId()).exec().getState().getStartedAt()))
                .max(java.util.Comparator.naturalOrder())
                .orElseThrow()
                .plus(PlainEngine.SETTLE);
        BenchChain.sleep(
                Math.max(0, Duration.between(java.time.Instant.now(), settled).toMillis()));
        return new long[] {running, (System.nanoTime() - start) / 1_000_000};
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

    /**
     * The console holds one factory per platform (its connector registry), whose connectors share what they learnt
     * of each engine ({@link FactsCache}); the teardown's connector reads it too, as the console's watcher would.
     */
    private static Connector connect(String host) {
        return FACTORY.connect(new DockerAccess(
                URI.create(host), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    /** {@code -Dbench.freshFactory=true}: every apply pays for reading the engine's facts, as a first deploy does. */
    private static Connector fresh() {
        return new DockerConnectorFactory(Clock.systemUTC())
                .connect(new DockerAccess(
                        URI.create(Engines.podman()),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
    }

    /** The connector's DEBUG line per apply (System.Logger, here backed by java.util.logging: DEBUG is FINE). */
    private void capturePhases() {
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
