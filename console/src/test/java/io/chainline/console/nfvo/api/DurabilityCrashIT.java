package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainline.console.catalog.service.ModelJson;
import io.chainline.console.support.ConsoleProcess;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.PostgresDatabase;
import io.chainline.console.support.Sol005Client;
import io.chainline.tosca.model.VnfDescriptor;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * kill -9 amid writes, on the default embedded H2 file and on PostgreSQL: a real console process takes catalog edits,
 * API token creations and SOL005 package uploads one after another until it is killed at a random moment; a second
 * process on the same database must hold every write the first acknowledged, and leave no package mid-onboarding.
 */
class DurabilityCrashIT {

    private static final String IMAGE = "127.0.0.1:5000/nfv/echo:1.0";
    private static final String PACKAGES = "/api/vnfpkgm/v2/vnf_packages";
    private static final String VNFS = "/api/v1/catalog/vnfs";
    /** Bounds the loop when the kill comes late: far more writes than fit before the latest kill. */
    private static final int MAX_WRITES = 900;

    private final JsonMapper json = JsonMapper.builder().build();
    private final ModelJson model = new ModelJson();

    /** What the first console acknowledged: a draft's last ETag, a token's secret, a package's 201 and 202. */
    private static final class Acknowledged {
        final Map<String, String> draftETags = new LinkedHashMap<>();
        final List<String> tokenSecrets = new ArrayList<>();
        final List<String> packagesCreated = new ArrayList<>();
        final List<String> packagesUploaded = new ArrayList<>();
        String lastDraft;

        int total() {
            return draftETags.size() + tokenSecrets.size() + packagesCreated.size() + packagesUploaded.size();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillOnTheEmbeddedH2File() throws Exception {
        crashAndRestart("H2 file", Files.createTempDirectory("chainline-durable-h2"), List.of());
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillOnPostgres() throws Exception {
        String schema =
                "durable_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        crashAndRestart(
                "PostgreSQL",
                Files.createTempDirectory("chainline-durable-pg"),
                PostgresDatabase.processArguments(schema));
    }

    private void crashAndRestart(String database, Path home, List<String> databaseArguments) throws Exception {
        List<String> args = new ArrayList<>(databaseArguments);
        // a short lease, so the second console recovers the first one's uploads within seconds
        args.addAll(List.of("--chainline.jobs.stale-after=PT4S", "--chainline.jobs.heartbeat=PT1S"));
        Acknowledged acked = new Acknowledged();
        long killAfterMs = ThreadLocalRandom.current().nextLong(2_000, 7_000);
        long started;
        int writes;
        try (ConsoleProcess first = ConsoleProcess.start(home, args);
                ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor()) {
            first.useToken(adminToken(first));
            // one of each first, so the kill falls among warm requests rather than the first slow ones
            for (int i = 0; i < 3; i++) {
                write(first, acked, i);
            }
            ScheduledFuture<?> kill = killer.schedule(
                    () -> {
                        first.kill();
                        return null;
                    },
                    killAfterMs,
                    TimeUnit.MILLISECONDS);
            started = System.nanoTime();
            writes = writeUntilKilled(first, acked, 3);
            kill.get();
        }
        long writingMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        System.out.printf(
                "DurabilityCrashIT %s: killed after %d ms; %d requests, %d acknowledged writes (%d drafts, %d tokens,"
                        + " %d packages created, %d uploads), %.1f acknowledged writes/s%n",
                database,
                killAfterMs,
                writes,
                acked.total(),
                acked.draftETags.size(),
                acked.tokenSecrets.size(),
                acked.packagesCreated.size(),
                acked.packagesUploaded.size(),
                acked.total() * 1000.0 / Math.max(1, writingMs));
        // the warm-up alone acknowledges one of each; on a loaded 2-core machine a request takes a few hundred ms
        assertThat(acked.total())
                .as("enough writes before the kill to mean something")
                .isGreaterThanOrEqualTo(6);
        assertThat(acked.packagesUploaded).isNotEmpty();

        try (ConsoleProcess second = ConsoleProcess.start(home, args)) {
            for (Map.Entry<String, String> draft : acked.draftETags.entrySet()) {
                HttpResponse<String> read = second.get(VNFS + "/" + draft.getKey());
                assertThat(read.statusCode()).as("draft " + draft.getKey()).isEqualTo(200);
                assertThat(read.headers().firstValue("ETag"))
                        .as("draft %s holds its last acknowledged edit", draft.getKey())
                        .contains(draft.getValue());
            }
            for (String secret : acked.tokenSecrets) {
                assertThat(Sol005Client.bearer(second.port(), secret)
                                .get("/api/v1/me")
                                .statusCode())
                        .as("an acknowledged API token signs in")
                        .isEqualTo(200);
            }
            for (String id : acked.packagesUploaded) {
                assertThat(state(second, id)).as("package %s got its 202", id).isNotEqualTo("CREATED");
            }
            await().atMost(Duration.ofSeconds(40))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        for (String id : acked.packagesCreated) {
                            assertThat(state(second, id))
                                    .as("package %s is not left mid-onboarding", id)
                                    .isIn("CREATED", "ONBOARDED", "ERROR");
                        }
                    });
            long interrupted = 0;
            for (String id : acked.packagesUploaded) {
                String code = json.readTree(second.get(PACKAGES + "/" + id).body())
                        .path("onboardingFailureDetails")
                        .path("code")
                        .asString();
                interrupted += code.equals("ONBOARDING-INTERRUPTED") ? 1 : 0;
            }
            System.out.printf(
                    "DurabilityCrashIT %s: after the restart every acknowledged write is there; %d uploads were"
                            + " failed ONBOARDING-INTERRUPTED%n",
                    database, interrupted);
        }
    }

    /** Writes in turn until the console is gone; answers how many were tried. */
    private int writeUntilKilled(ConsoleProcess console, Acknowledged acked, int from) throws Exception {
        for (int i = from; i < MAX_WRITES; i++) {
            try {
                write(console, acked, i);
            } catch (IOException killed) {
                return i - from + 1;
            }
        }
        return MAX_WRITES - from;
    }

    private void write(ConsoleProcess console, Acknowledged acked, int i) throws Exception {
        switch (i % 3) {
            case 0 -> editCatalog(console, acked, i);
            case 1 -> createToken(console, acked, i);
            default -> uploadPackage(console, acked, i);
        }
    }

    private String adminToken(ConsoleProcess console) throws Exception {
        HttpResponse<String> created = console.post("/api/v1/tokens", """
                {"name":"crash-writer","role":"ADMIN","days":1}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).path("secret").asString();
    }

    /** A new draft every fourth time, else an edit of the last one (its port changes). */
    private void editCatalog(ConsoleProcess console, Acknowledged acked, int i) throws Exception {
        if (i % 12 == 0) {
            HttpResponse<String> created = console.post(VNFS, model.write(vnf("draft-" + i, 8000)));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String id = json.readTree(created.body()).path("id").asString();
            acked.draftETags.put(id, created.headers().firstValue("ETag").orElseThrow());
            acked.lastDraft = id;
            return;
        }
        String draft = acked.lastDraft;
        HttpResponse<String> edited = console.send(
                VNFS + "/" + draft,
                "PUT",
                model.write(vnf("draft-" + (i / 12 * 12), 8000 + i)),
                acked.draftETags.get(draft));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        acked.draftETags.put(draft, edited.headers().firstValue("ETag").orElseThrow());
    }

    private void createToken(ConsoleProcess console, Acknowledged acked, int i) throws Exception {
        HttpResponse<String> created = console.post("/api/v1/tokens", """
                {"name":"crash-%d","role":"VIEWER","days":1}""".formatted(i));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        acked.tokenSecrets.add(json.readTree(created.body()).path("secret").asString());
    }

    private void uploadPackage(ConsoleProcess console, Acknowledged acked, int i) throws Exception {
        HttpResponse<String> created = console.post(PACKAGES, "{}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).path("id").asString();
        acked.packagesCreated.add(id);
        HttpResponse<String> uploaded = console.sendBytes(
                PACKAGES + "/" + id + "/package_content",
                "PUT",
                "application/zip",
                Sol005Packages.csar(vnf("pkg-" + i, 8080)));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(202);
        acked.packagesUploaded.add(id);
    }

    private String state(ConsoleProcess console, String id) throws Exception {
        HttpResponse<String> read = console.get(PACKAGES + "/" + id);
        assertThat(read.statusCode()).as("package " + id + " " + read.body()).isEqualTo(200);
        return json.readTree(read.body()).path("onboardingState").asString();
    }

    private static VnfDescriptor vnf(String name, int port) {
        return Deployables.descriptorsOf(IMAGE, List.of(Deployables.Nf.plain(name, port)))
                .getFirst();
    }
}
