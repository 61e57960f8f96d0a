package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.nfvo.domain.NsdInfo;
import io.chainline.console.nfvo.domain.NsdInfoRepository;
import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.WebhookReceiver;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * SOL005's conditional requests as a client sends them: a GET of an individual resource answers its ETag; PATCH,
 * DELETE, content PUT and the lifecycle tasks honour an optional If-Match (412 problem+json with a code when stale,
 * nothing changed), compared strongly; without If-Match the change applies (SOL005 asks for no 428).
 */
@IntegrationTest
class Sol005ConcurrencyIT {

    private static final String NSDS = "/api/nsd/v2/ns_descriptors";
    private static final String PACKAGES = "/api/vnfpkgm/v2/vnf_packages";
    private static final String INSTANCES = "/api/nslcm/v2/ns_instances";
    private static final String MERGE = "application/merge-patch+json";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    NsdInfoRepository nsdRows;

    private Sol005Client api;

    @BeforeEach
    void client() {
        TestUsers.ensure(users);
        api = Sol005Client.basic(port, TestUsers.OPERATOR);
    }

    @Test
    void anNsdPatchAndDeleteNameTheEtagTheyStartFrom() throws Exception {
        String nsd = NSDS + "/" + created(NSDS);
        String first = etag(nsd);
        assertThat(first).matches("\"[A-Za-z0-9_-]+\"");

        HttpResponse<String> patched = patch(nsd, "{\"userDefinedData\":{\"owner\":\"noc\"}}", first);
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        String second = patched.headers().firstValue("ETag").orElseThrow();
        assertThat(second).isNotEqualTo(first).isEqualTo(etag(nsd));

        problem(patch(nsd, "{\"userDefinedData\":{\"owner\":\"lost-update\"}}", first), 412, "NSD-CHANGED");
        problem(patch(nsd, "{\"userDefinedData\":{\"owner\":\"weak\"}}", "W/" + second), 412, "NSD-CHANGED");
        problem(patch(nsd, "{\"userDefinedData\":{\"owner\":\"unquoted\"}}", "3"), 400, "IF-MATCH-INVALID");
        assertThat(api.read(nsd).path("userDefinedData").path("owner").asString())
                .isEqualTo("noc");
        assertThat(etag(nsd)).isEqualTo(second);

        HttpResponse<String> listed = patch(nsd, "{\"userDefinedData\":{\"site\":\"paris\"}}", "\"old\", " + second);
        assertThat(listed.statusCode()).as("any tag of the list").isEqualTo(200);
        assertThat(patch(nsd, "{\"userDefinedData\":{\"site\":\"lyon\"}}", "*").statusCode())
                .isEqualTo(200);
        assertThat(patch(nsd, "{\"userDefinedData\":{\"site\":\"nice\"}}", null).statusCode())
                .as("If-Match is optional in SOL005: no 428")
                .isEqualTo(200);

        problem(delete(nsd, second), 412, "NSD-CHANGED");
        assertThat(api.get(nsd).statusCode()).isEqualTo(200);
        assertThat(delete(nsd, etag(nsd)).statusCode()).isEqualTo(204);
        assertThat(api.get(nsd).statusCode()).isEqualTo(404);
    }

    @Test
    void aPackagesContentIsUploadedOnlyOntoThePackageTheClientSaw() throws Exception {
        String pkg = PACKAGES + "/" + created(PACKAGES);
        String seen = etag(pkg);
        assertThat(patch(pkg, "{\"userDefinedData\":{\"batch\":\"2\"}}", seen).statusCode())
                .isEqualTo(200);
        byte[] csar = "not read: the precondition fails first".getBytes(StandardCharsets.UTF_8);
        problem(
                api.send("PUT", pkg + "/package_content", "application/zip", csar, Map.of("If-Match", seen)),
                412,
                "VNFPKG-CHANGED");
        problem(
                api.send(
                        "POST",
                        pkg + "/package_content/upload_from_uri",
                        "application/json",
                        "{\"addressInformation\":\"http://127.0.0.1:9/p.csar\"}".getBytes(StandardCharsets.UTF_8),
                        Map.of("If-Match", seen)),
                412,
                "VNFPKG-CHANGED");
        assertThat(api.read(pkg).path("onboardingState").asString()).isEqualTo("CREATED");
        assertThat(delete(pkg, etag(pkg)).statusCode()).isEqualTo(204);
    }

    @Test
    void aPnfdsContentIsUploadedOnlyOntoThePnfdTheClientSaw() throws Exception {
        String collection = "/api/nsd/v2/pnf_descriptors";
        String pnfd = collection + "/" + created(collection);
        String seen = etag(pnfd);
        assertThat(patch(pnfd, "{\"userDefinedData\":{\"rack\":\"B4\"}}", seen).statusCode())
                .isEqualTo(200);
        byte[] yaml = "not read: the precondition fails first".getBytes(StandardCharsets.UTF_8);
        problem(
                api.send("PUT", pnfd + "/pnfd_content", "text/plain", yaml, Map.of("If-Match", seen)),
                412,
                "PNFD-CHANGED");
        assertThat(api.read(pnfd).path("pnfdOnboardingState").asString()).isEqualTo("CREATED");
        assertThat(delete(pnfd, etag(pnfd)).statusCode()).isEqualTo(204);
    }

    @Test
    void nsInstanceTasksAndDeleteHonourIfMatch() throws Exception {
        String nsdId = "nsd-concurrency-" + UUID.randomUUID();
        NsdInfo nsd = new NsdInfo(UUID.randomUUID(), "{}", "it", Instant.now());
        nsd.onboarded(new NsdInfo.Nsd(UUID.randomUUID(), nsdId, "concurrency", "1.0", "it"), Instant.now());
        nsdRows.save(nsd);
        try {
            HttpResponse<String> created = api.json("POST", INSTANCES, """
                    {"nsdId":"%s","nsName":"If-Match NS","nsDescription":"SOL005 412"}""".formatted(nsdId));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String ns = INSTANCES + "/" + Sol005Client.tree(created).path("id").asString();
            String current = etag(ns);
            String stale = "\"not-" + current.substring(1);
            for (String task : new String[] {"instantiate", "scale", "heal", "terminate"}) {
                problem(
                        api.send(
                                "POST",
                                ns + "/" + task,
                                "application/json",
                                "{}".getBytes(StandardCharsets.UTF_8),
                                Map.of("If-Match", stale)),
                        412,
                        "NS-CHANGED");
            }
            problem(delete(ns, stale), 412, "NS-CHANGED");
            assertThat(etag(ns)).as("nothing changed").isEqualTo(current);
            assertThat(delete(ns, current).statusCode()).isEqualTo(204);
        } finally {
            nsdRows.delete(nsd); // its chain version does not exist: left behind, it would break the NSD collection
        }
    }

    @Test
    void aSubscriptionIsDeletedOnlyAsTheClientSawIt() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            HttpResponse<String> created = api.json(
                    "POST", "/api/nslcm/v2/subscriptions", "{\"callbackUri\":\"" + receiver.url() + "/if-match\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String subscription = created.headers().firstValue("Location").orElseThrow();
            problem(delete(subscription, "\"stale\""), 412, "SUBSCRIPTION-CHANGED");
            assertThat(delete(subscription, etag(subscription)).statusCode()).isEqualTo(204);
        }
    }

    private String created(String collection) throws Exception {
        HttpResponse<String> created = api.json("POST", collection, "{}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Sol005Client.tree(created).path("id").asString();
    }

    private String etag(String path) throws Exception {
        HttpResponse<String> read = api.get(path);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return read.headers().firstValue("ETag").orElseThrow();
    }

    private HttpResponse<String> patch(String path, String body, String ifMatch) throws Exception {
        return api.send(
                "PATCH",
                path,
                MERGE,
                body.getBytes(StandardCharsets.UTF_8),
                ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    private HttpResponse<String> delete(String path, String ifMatch) throws Exception {
        return api.send("DELETE", path, null, null, Map.of("If-Match", ifMatch));
    }

    private static JsonNode problem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = Sol005Client.tree(response);
        assertThat(problem.path("code").asString()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }
}
