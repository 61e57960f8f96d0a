package io.chainline.console.deployment.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import io.chainline.console.support.ConsoleProcess;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.Engines;
import io.chainline.console.support.PostgresDatabase;
import io.chainline.console.support.RestCatalog;
import io.chainline.tosca.model.VnfDescriptor;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * kill -9 in the middle of a deployment job: two real console processes on one PostgreSQL schema, the first killed
 * while it applies to a real engine, the second taking the job over. The job ends COMPLETED, says it was resumed, and
 * the engine runs exactly what was asked: nothing twice, nothing missing.
 */
class CrashRecoveryIT {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aConsoleKilledMidJobIsReplacedAndTheJobFinishesWithoutDuplicates() throws Exception {
        String schema = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Path home = Files.createTempDirectory("chainline-crash");
        List<String> args = new ArrayList<>(PostgresDatabase.processArguments(schema));
        args.addAll(List.of("--chainline.jobs.stale-after=PT4S", "--chainline.jobs.heartbeat=PT1S"));
        String name = "crash-" + UUID.randomUUID().toString().substring(0, 6);
        String jobId;
        String deploymentId;
        try (ConsoleProcess first = ConsoleProcess.start(home, args)) {
            String chain = publishVcpe(first);
            String target = register(first);
            HttpResponse<String> deploy = first.post("/api/v1/deployments", """
                    {"name":"%s","chainId":"%s","settings":{"targets":["%s"]}}""".formatted(name, chain, target));
            assertThat(deploy.statusCode()).as(deploy.body()).isEqualTo(202);
            jobId = json.readTree(deploy.body()).path("id").asString();
            deploymentId = json.readTree(deploy.body()).path("deploymentId").asString();
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> {
                        JsonNode job =
                                json.readTree(first.get("/api/v1/jobs/" + jobId).body());
                        return job.path("steps").size() > 1
                                && job.path("steps")
                                        .get(1)
                                        .path("state")
                                        .asString()
                                        .equals("RUNNING");
                    });
            first.kill();
        }
        JsonNode atKill = null;
        try (ConsoleProcess second = ConsoleProcess.start(home, args)) {
            atKill = json.readTree(second.get("/api/v1/jobs/" + jobId).body());
            assertThat(atKill.path("summary").path("state").asString())
                    .as("the job was cut off mid-way")
                    .isIn("RUNNING", "COMPLETED");
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> json.readTree(
                                    second.get("/api/v1/jobs/" + jobId).body())
                            .path("summary")
                            .path("state")
                            .asString()
                            .equals("COMPLETED"));
            JsonNode job = json.readTree(second.get("/api/v1/jobs/" + jobId).body());
            assertThat(job.path("events").toString()).contains("Resumed by");
            try (DockerClient podman = Engines.client(Engines.podman())) {
                var containers = Engines.containersOf(podman, name);
                assertThat(containers)
                        .hasSize(3)
                        .allSatisfy(c -> assertThat(c.getState()).isEqualTo("running"));
                assertThat(containers.stream()
                                .map(c -> c.getLabels().get("chainline.io/nf"))
                                .distinct())
                        .containsExactlyInAnyOrder("classifier", "firewall", "router");

                HttpResponse<String> terminate =
                        second.post("/api/v1/deployments/" + deploymentId + "/terminate", null);
                assertThat(terminate.statusCode()).isEqualTo(202);
                String terminateJob = json.readTree(terminate.body()).path("id").asString();
                await().atMost(Duration.ofMinutes(1))
                        .until(() -> json.readTree(second.get("/api/v1/jobs/" + terminateJob)
                                        .body())
                                .path("summary")
                                .path("state")
                                .asString()
                                .equals("COMPLETED"));
                assertThat(Engines.containersOf(podman, name)).isEmpty();
            }
        }
    }

    /** The vCPE over three published VNFs, through the REST API as a script would. */
    private String publishVcpe(ConsoleProcess console) throws Exception {
        List<VnfDescriptor> vnfs = Deployables.vcpeDescriptors(Engines.nfImage());
        return RestCatalog.publish(
                console,
                vnfs,
                Deployables.vcpeChain(
                        vnfs.stream().map(VnfDescriptor::descriptorId).toList()));
    }

    private String register(ConsoleProcess console) throws Exception {
        String name = "podman-" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = console.post("/api/v1/fleet/targets", """
                {"name":"%s","kind":"DOCKER","site":"lab","region":"","labels":{},"docker":{"endpoint":"%s"}}""".formatted(name, Engines.podman()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).path("id").asString();
        assertThat(console.post("/api/v1/fleet/targets/" + id + "/sync", null).statusCode())
                .isEqualTo(200);
        return name;
    }
}
