package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import io.chainline.console.deployment.service.DeploymentQueries;
import io.chainline.console.deployment.service.DeploymentService;
import io.chainline.console.deployment.service.DeploymentViews;
import io.chainline.console.deployment.service.JobEnded;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.console.security.service.UserService;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.Engines;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.PodmanHosts;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.WebhookReceiver;
import io.chainline.tosca.model.VnfDescriptor;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The "done when": a script holding only an API token onboards vendor CSARs and an NSD, instantiates the
 * chain on a real Docker Engine API (podman) and follows it to COMPLETED, with SOL005 calls only; subscribers get
 * signed notifications (retried when refused); the audit log and Prometheus account for it; then the lifecycle
 * goes on through SOL005 (scale, heal, terminate) and everything is removed again in SOL005's order.
 */
@IntegrationTest
class Sol005FlowIT {

    private static final Path SCRIPT = Path.of("..", "docs", "examples", "sol005-instantiate.sh");
    private static final String HMAC_KEY = "a-webhook-key-of-32-characters!!";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    FleetService fleet;

    @Autowired
    DeploymentService deployments;

    @Autowired
    DeploymentQueries queries;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    private final DockerClient podman = Engines.client(Engines.podman());
    private TargetSummary host;

    @BeforeEach
    void registerTheHost() {
        TestUsers.ensure(users);
        host = PodmanHosts.register(fleet, "sol005");
    }

    @AfterEach
    void close() throws Exception {
        Engines.sweep(podman);
        podman.close();
    }

    @Test
    void aScriptWithATokenOnboardsInstantiatesAndFollowsToCompleted(@TempDir Path dir) throws Exception {
        String token = Sol005Client.token(port, TestUsers.OPERATOR, "OPERATOR");
        Sol005Client api = Sol005Client.bearer(port, token);
        List<Deployables.Nf> nfs = Deployables.vcpe();
        List<VnfDescriptor> vnfs = Deployables.descriptorsOf(Engines.nfImage(), nfs);
        List<String> files = new ArrayList<>();
        for (VnfDescriptor vnf : vnfs) {
            Path csar = dir.resolve(vnf.identity().productName() + ".csar");
            Files.write(csar, Sol005Packages.csar(vnf));
            files.add(csar.toString());
        }
        Path nsd = dir.resolve("vcpe-nsd.yaml");
        Files.writeString(
                nsd,
                Sol005Packages.nsdYaml(Deployables.chainOf(
                        nfs, vnfs.stream().map(VnfDescriptor::descriptorId).toList())));
        String name = "vcpe-" + UUID.randomUUID().toString().substring(0, 6);

        try (WebhookReceiver receiver = new WebhookReceiver()) {
            subscribe(api, receiver);
            receiver.refuseNext(1);

            Process script = run(dir, token, name, nsd, files);
            String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(script.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(script.exitValue()).as(output).isZero();
            assertThat(output).contains("VNF package", "NSD", "COMPLETED", "\"nsState\":\"INSTANTIATED\"");
            assertThat(Engines.containersOf(podman, name)).hasSize(3);

            JsonNode instance = api.read(
                            "/api/nslcm/v2/ns_instances?filter=(eq,nsInstanceName," + name + ")&fields=vnfInstance")
                    .get(0);
            assertThat(instance.path("vnfInstance").findValuesAsString("id"))
                    .containsExactly("classifier", "firewall", "router");
            eachVnfInstanceNamesItsVnfdAndPackage(api, instance.path("vnfInstance"));
            notificationsArrivedSignedAndRetried(receiver, instance.path("id").asString());
            aResultDeliveredAgainIsNotNotifiedAgain(receiver);
            theAuditLogAndPrometheusAccountForIt(name);
            theLifecycleGoesOnAndEverythingIsRemoved(api, instance.path("id").asString(), name);
        }
    }

    private void subscribe(Sol005Client api, WebhookReceiver receiver) throws Exception {
        HttpResponse<String> lcm =
                api.json("POST", "/api/nslcm/v2/subscriptions", """
                {"callbackUri":"%s","filter":{"notificationTypes":["NsLcmOperationOccurrenceNotification"]},
                 "authentication":{"authType":["HMAC_SHA256"],"paramsHmac":{"secret":"%s"}}}""".formatted(receiver.url(), HMAC_KEY));
        assertThat(lcm.statusCode()).as(lcm.body()).isEqualTo(201);
        assertThat(lcm.body()).doesNotContain(HMAC_KEY);
        HttpResponse<String> pkg = api.json("POST", "/api/vnfpkgm/v2/subscriptions", """
                {"callbackUri":"%s","authentication":{"authType":["BASIC"],
                 "paramsBasic":{"userName":"noc","password":"webhook-password"}}}""".formatted(receiver.url()));
        assertThat(pkg.statusCode()).as(pkg.body()).isEqualTo(201);
        assertThat(receiver.all())
                .as("each callback was tested with a GET")
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.method()).isEqualTo("GET"));
    }

    private Process run(Path dir, String token, String name, Path nsd, List<String> csars) throws Exception {
        List<String> command = new ArrayList<>(
                List.of("bash", SCRIPT.toString(), name, nsd.toString(), "{\"targets\":[\"" + host.name() + "\"]}"));
        command.addAll(csars);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CHAINLINE_URL", "http://localhost:" + port);
        builder.environment().put("CHAINLINE_TOKEN", token);
        builder.environment().put("CHAINLINE_TIMEOUT", "240");
        return builder.start();
    }

    private void notificationsArrivedSignedAndRetried(WebhookReceiver receiver, String nsInstanceId) throws Exception {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(lcmNotifications(receiver))
                        .extracting(n -> n.path("notificationStatus").asString() + ":"
                                + n.path("operationState").asString())
                        .containsAnyOf("START:STARTING", "START:PROCESSING")
                        .endsWith("RESULT:COMPLETED"));
        for (WebhookReceiver.Received post : receiver.posts()) {
            JsonNode body = Sol005Client.parse(post.body());
            if (body.path("notificationType").asString().startsWith("NsLcm")) {
                String signed = post.header("X-Chainline-Timestamp") + "." + post.body();
                assertThat(post.header("X-Chainline-Signature")).isEqualTo("sha256=" + hmac(signed));
                assertThat(body.path("nsInstanceId").asString()).isEqualTo(nsInstanceId);
            } else {
                assertThat(post.header("Authorization"))
                        .isEqualTo("Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString("noc:webhook-password".getBytes(StandardCharsets.UTF_8)));
            }
        }
        assertThat(receiver.posts().stream()
                        .map(p -> Sol005Client.parse(p.body())
                                .path("notificationType")
                                .asString()))
                .contains("VnfPackageOnboardingNotification", "NsLcmOperationOccurrenceNotification");
        List<String> ids = receiver.posts().stream()
                .map(p -> Sol005Client.parse(p.body()).path("id").asString())
                .toList();
        assertThat(ids.stream().distinct().count())
                .as("the refused first delivery came again")
                .isLessThan(ids.size());
    }

    /** JobEnded resubmitted (or delivered twice) by the publication registry writes no second RESULT (ADR 24). */
    private void aResultDeliveredAgainIsNotNotifiedAgain(WebhookReceiver receiver) {
        UUID occ = UUID.fromString(
                lcmNotifications(receiver).getLast().path("nsLcmOpOccId").asString());
        DeploymentViews.JobSummary job = queries.job(occ).summary();
        tx.executeWithoutResult(s -> events.publishEvent(new JobEnded(
                job.id(), job.deploymentId(), job.operation(), job.state(), job.errorCode(), job.errorMessage())));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM event_publication WHERE listener_id = 'nfvo.op-occ-result'"
                                        + " AND serialized_event LIKE ? AND completion_date IS NOT NULL",
                                Integer.class,
                                "%" + occ + "%")
                        == 2);
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> lcmNotifications(receiver).stream()
                                .filter(n -> n.path("nsLcmOpOccId").asString().equals(occ.toString()))
                                .filter(n ->
                                        n.path("notificationStatus").asString().equals("RESULT"))
                                .map(n -> n.path("id").asString())
                                .distinct()
                                .count()
                        == 1);
    }

    private void theAuditLogAndPrometheusAccountForIt(String name) throws Exception {
        Sol005Client admin = Sol005Client.basic(port, TestUsers.ADMIN);
        String audit = admin.get("/api/v1/audit?actor=" + TestUsers.OPERATOR + "&size=500")
                .body();
        assertThat(audit)
                .contains(
                        "vnf_package.created",
                        "vnf_package.uploaded",
                        "vnf_package.onboarded",
                        "nsd.onboarded",
                        "ns_instance.created",
                        "deployment.instantiate",
                        "subscription.created",
                        name);
        assertThat(audit).as("the source names the token").contains("token sol005-");
        String metrics = admin.get("/actuator/prometheus").body();
        assertThat(metrics)
                .containsPattern(
                        "chainline_onboarding_total\\{[^}]*api=\"vnfpkgm\"[^}]*state=\"ONBOARDED\"[^}]*} [3-9]")
                .contains("chainline_onboarding_duration_seconds_bucket")
                .containsPattern("chainline_jobs_ended_total\\{[^}]*operation=\"INSTANTIATE\"");
    }

    private void theLifecycleGoesOnAndEverythingIsRemoved(Sol005Client api, String ns, String name) throws Exception {
        String base = "/api/nslcm/v2/ns_instances/" + ns;
        assertThat(follow(api, api.json("POST", base + "/scale", """
                {"scaleType":"SCALE_VNF","scaleVnfData":[{"vnfInstanceId":"firewall",
                 "scaleToLevelData":{"vnfInstantiationLevelId":"large"}}]}"""))).isEqualTo("COMPLETED");
        assertThat(Engines.containersOf(podman, name)).hasSize(5);
        assertThat(follow(api, api.json("POST", base + "/heal", """
                {"healVnfData":[{"vnfInstanceId":"router","cause":"NOC ticket 42"}]}"""))).isEqualTo("COMPLETED");

        UUID deployment = UUID.fromString(api.read(base).path("deploymentId").asString());
        UUID reconcile = deployments.reconcile(deployment, "olivia").id();
        String fromConsole = "/api/nslcm/v2/ns_lcm_op_occs?filter=(eq,nsInstanceId," + ns
                + ");(eq,operationParams.startedFrom,console)";
        await().atMost(Duration.ofMinutes(2))
                .untilAsserted(() -> assertThat(api.read(fromConsole))
                        .as("a job run from the console on the instance is an occurrence too")
                        .singleElement()
                        .satisfies(o -> {
                            assertThat(o.path("id").asString()).isEqualTo(reconcile.toString());
                            assertThat(o.path("lcmOperationType").asString()).isEqualTo("HEAL");
                            assertThat(o.path("operationState").asString()).isEqualTo("COMPLETED");
                        }));

        JsonNode nsdInfo = api.read("/api/nsd/v2/ns_descriptors/" + nsdInfoOf(api, ns));
        String pkg = nsdInfo.path("vnfPkgIds").isEmpty()
                ? null
                : packageOf(api, nsdInfo.path("vnfPkgIds").get(0));
        assertThat(api.json("PATCH", "/api/vnfpkgm/v2/vnf_packages/" + pkg, "{\"operationalState\":\"DISABLED\"}")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> inUse = api.send("DELETE", "/api/vnfpkgm/v2/vnf_packages/" + pkg, null, null);
        assertThat(inUse.statusCode()).isEqualTo(409);
        assertThat(Sol005Client.tree(inUse).path("code").asString()).isEqualTo("VNFPKG-IN-USE");

        assertThat(follow(api, api.json("POST", base + "/terminate", "{}"))).isEqualTo("COMPLETED");
        assertThat(api.read(base).path("nsState").asString()).isEqualTo("NOT_INSTANTIATED");
        assertThat(Engines.containersOf(podman, name)).isEmpty();
        assertThat(api.send("DELETE", base, null, null).statusCode()).isEqualTo(204);
        String nsdPath = "/api/nsd/v2/ns_descriptors/" + nsdInfo.path("id").asString();
        theNsdComesInTheFormTheClientAsks(api, nsdPath);
        assertThat(api.json("PATCH", nsdPath, "{\"nsdOperationalState\":\"DISABLED\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.send("DELETE", nsdPath, null, null).statusCode()).isEqualTo(204);
        assertThat(api.send("DELETE", "/api/vnfpkgm/v2/vnf_packages/" + pkg, null, null)
                        .statusCode())
                .as("no chain uses its VNFD any more")
                .isEqualTo(204);
    }

    /** Follows a task's 202 Location to the operation's end; returns its final operationState. */
    private static String follow(Sol005Client api, HttpResponse<String> accepted) throws Exception {
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        return api.awaitState(
                        location,
                        "operationState",
                        Duration.ofMinutes(3),
                        "COMPLETED",
                        "FAILED_TEMP",
                        "FAILED",
                        "ROLLED_BACK")
                .path("operationState")
                .asString();
    }

    private static String nsdInfoOf(Sol005Client api, String ns) throws Exception {
        return api.read("/api/nslcm/v2/ns_instances/" + ns).path("nsdInfoId").asString();
    }

    private static String packageOf(Sol005Client api, JsonNode vnfdId) throws Exception {
        return api.read("/api/vnfpkgm/v2/vnf_packages?filter=(eq,vnfdId," + vnfdId.asString() + ")")
                .get(0)
                .path("id")
                .asString();
    }

    private static List<JsonNode> lcmNotifications(WebhookReceiver receiver) {
        return receiver.posts().stream()
                .map(p -> Sol005Client.parse(p.body()))
                .filter(n -> n.path("notificationType").asString().equals("NsLcmOperationOccurrenceNotification"))
                .toList();
    }

    private static String hmac(String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HMAC_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** SOL005 VnfInstance: the VNFD's identity and the onboarded package it came from are mandatory. */
    private static void eachVnfInstanceNamesItsVnfdAndPackage(Sol005Client api, JsonNode vnfInstances)
            throws Exception {
        // asked per VNFD: other tests' packages share the database, and one page holds only some of them
        java.util.Map<String, java.util.Set<String>> packagesByVnfd = new java.util.HashMap<>();
        for (JsonNode vnf : vnfInstances) {
            String vnfdId = vnf.path("vnfdId").asString();
            api.read("/api/vnfpkgm/v2/vnf_packages?filter=(eq,onboardingState,ONBOARDED);(eq,vnfdId," + vnfdId + ")")
                    .forEach(p -> packagesByVnfd
                            .computeIfAbsent(p.path("vnfdId").asString(), k -> new java.util.HashSet<>())
                            .add(p.path("id").asString()));
        }
        assertThat(vnfInstances).allSatisfy(vnf -> {
            assertThat(packagesByVnfd.getOrDefault(vnf.path("vnfdId").asString(), java.util.Set.of()))
                    .as(vnf.toString())
                    .contains(vnf.path("vnfPkgId").asString());
            assertThat(vnf.path("vnfProvider").asString()).as(vnf.toString()).isNotBlank();
            assertThat(vnf.path("vnfSoftwareVersion").asString())
                    .as(vnf.toString())
                    .isNotBlank();
        });
    }

    /** SOL005: nsd_content as uploaded, as the YAML alone (text/plain), or as a ZIP with its imports. */
    private static void theNsdComesInTheFormTheClientAsks(Sol005Client api, String nsdPath) throws Exception {
        HttpResponse<byte[]> yaml = api.bytes(nsdPath + "/nsd_content", "text/plain");
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(new String(yaml.body(), StandardCharsets.UTF_8)).contains("tosca_definitions_version");
        HttpResponse<byte[]> zip = api.bytes(nsdPath + "/nsd_content", "application/zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(Sol005Packages.entries(zip.body())).isNotEmpty();
        HttpResponse<byte[]> uploaded = api.bytes(nsdPath + "/nsd_content", "application/octet-stream");
        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.headers().firstValue("Accept-Ranges")).contains("bytes");
        HttpResponse<byte[]> part = api.bytes(
                nsdPath + "/nsd_content", java.util.Map.of("Accept", "application/octet-stream", "Range", "bytes=0-9"));
        assertThat(part.statusCode()).as("SOL005: nsd_content honours a Range").isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 0-9/" + uploaded.body().length);
        assertThat(part.body()).isEqualTo(java.util.Arrays.copyOf(uploaded.body(), 10));
    }
}
