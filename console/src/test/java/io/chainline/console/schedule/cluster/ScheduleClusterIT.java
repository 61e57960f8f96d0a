package io.chainline.console.schedule.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainline.console.support.ConsoleProcess;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.Engines;
import io.chainline.console.support.MockKubernetes;
import io.chainline.console.support.PostgresDatabase;
import io.chainline.console.support.RestCatalog;
import io.chainline.tosca.model.VnfDescriptor;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exactly once across replicas: two real console processes on one PostgreSQL schema share 100 scheduled deploys due
 * within 20 seconds; one replica is killed with SIGKILL while the burst runs. Every schedule runs once, as one job,
 * and every job completes: the survivor revives the dead replica's executions and takes over its jobs.
 */
class ScheduleClusterIT {

    private static final int SCHEDULES = 100;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aHundredSchedulesRunExactlyOnceAcrossTwoConsolesWhenOneIsKilled() throws Exception {
        String schema = "sched_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Path home = Files.createTempDirectory("chainline-schedules");
        List<String> args = new ArrayList<>(PostgresDatabase.processArguments(schema));
        args.addAll(List.of(
                "--chainline.jobs.stale-after=PT4S",
                "--chainline.jobs.heartbeat=PT1S",
                "--chainline.schedules.poll-interval=PT1S",
                "--chainline.schedules.heartbeat=PT1S"));
        String tag = UUID.randomUUID().toString().substring(0, 4);
        try (MockKubernetes cluster = new MockKubernetes().withKubelet();
                ConsoleProcess a = ConsoleProcess.start(home, args);
                ConsoleProcess b = ConsoleProcess.start(home, args)) {
            String chain = publishOneNf(a);
            String target = register(a, cluster);
            LocalDateTime first = LocalDateTime.now(ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.SECONDS)
                    .plusSeconds(60);
            for (int i = 0; i < SCHEDULES; i++) {
                HttpResponse<String> created = (i % 2 == 0 ? a : b)
                        .post("/api/v1/schedules", schedule(i, tag, chain, target, first.plusSeconds(i % 20)));
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            }

            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> runs(a).stream()
                            .anyMatch(r -> r.path("executedBy").asString().contains(":" + b.pid() + ":")));
            b.kill();

            await().atMost(Duration.ofMinutes(6))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> ours(runs(a), tag).size() == SCHEDULES
                            && ours(runs(a), tag).stream()
                                    .allMatch(r -> r.path("result").asString().equals("SUCCEEDED")));

            List<JsonNode> runs = ours(runs(a), tag);
            assertThat(runs.stream().map(r -> r.path("scheduleId").asString()).distinct())
                    .as("one run per schedule")
                    .hasSize(SCHEDULES);
            assertThat(runs.stream().map(r -> r.path("jobId").asString()).distinct())
                    .as("one job per run")
                    .hasSize(SCHEDULES);
            Map<String, Long> byConsole = runs.stream()
                    .collect(Collectors.groupingBy(r -> r.path("executedBy").asString(), Collectors.counting()));
            assertThat(byConsole).as("both consoles fired runs").hasSize(2);
            System.out.printf("%d scheduled deploys, runs per console: %s%n", SCHEDULES, byConsole.values());

            JsonNode deployments = json.readTree(a.get("/api/v1/deployments").body());
            List<JsonNode> mine = StreamSupport.stream(deployments.spliterator(), false)
                    .filter(d -> d.path("name").asString().startsWith("burst-" + tag))
                    .toList();
            assertThat(mine).as("one deployment per schedule").hasSize(SCHEDULES);
            assertThat(mine)
                    .allSatisfy(d -> assertThat(d.path("state").asString()).isEqualTo("INSTANTIATED"));
            Set<String> names =
                    mine.stream().map(d -> d.path("name").asString()).collect(Collectors.toSet());
            assertThat(names).hasSize(SCHEDULES);
            assertThat(cluster.client().apps().deployments().inAnyNamespace().list().getItems().stream()
                            .map(d -> d.getMetadata().getNamespace() + "/"
                                    + d.getMetadata().getName())
                            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                            .values())
                    .as("no workload created twice")
                    .allMatch(count -> count == 1);
        }
    }

    private String schedule(int i, String tag, String chain, String target, LocalDateTime at) {
        String name = "burst-%s-%03d".formatted(tag, i);
        return """
                {"name":"%s","job":{"operation":"INSTANTIATE","deploymentName":"%s","chainId":"%s",
                 "settings":{"targets":["%s"]}},
                 "recurrence":"ONCE","startsLocal":"%s","zone":"UTC","ticket":"LOAD-%s",
                 "missedPolicy":"RUN_LATE","slipMinutes":30,"windowPolicy":"WAIT"}""".formatted(name, name, chain, target, at, tag);
    }

    private List<JsonNode> runs(ConsoleProcess console) throws Exception {
        HttpResponse<String> response = console.get("/api/v1/schedules/runs");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(json.readTree(response.body()).spliterator(), false)
                .toList();
    }

    private static List<JsonNode> ours(List<JsonNode> runs, String tag) {
        return runs.stream()
                .filter(r -> r.path("scheduleName").asString().startsWith("burst-" + tag))
                .toList();
    }

    /** A one-NF chain, published through the REST API as a script would. */
    private String publishOneNf(ConsoleProcess console) throws Exception {
        List<Deployables.Nf> nfs = List.of(Deployables.Nf.plain("edge", 8080));
        List<VnfDescriptor> vnfs = Deployables.descriptorsOf(Engines.nfImage(), nfs);
        return RestCatalog.publish(
                console,
                vnfs,
                Deployables.chainOf(
                        nfs, vnfs.stream().map(VnfDescriptor::descriptorId).toList()));
    }

    private String register(ConsoleProcess console, MockKubernetes cluster) throws Exception {
        String name = "edge-" + UUID.randomUUID().toString().substring(0, 6);
        String body = json.writeValueAsString(Map.of(
                "name",
                name,
                "kind",
                "KUBERNETES",
                "site",
                "lab",
                "region",
                "",
                "labels",
                Map.of(),
                "kubernetes",
                Map.of("kubeconfig", cluster.kubeconfig("t"))));
        HttpResponse<String> created = console.post("/api/v1/fleet/targets", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).path("id").asString();
        HttpResponse<String> synced = console.post("/api/v1/fleet/targets/" + id + "/sync", null);
        assertThat(synced.statusCode()).as(synced.body()).isEqualTo(200);
        return name;
    }
}
