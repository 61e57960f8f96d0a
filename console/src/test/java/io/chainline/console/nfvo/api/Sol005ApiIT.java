package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.security.service.UserService;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.WebhookReceiver;
import io.chainline.tosca.model.VnfDescriptor;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The SOL005 resources one by one, with their error paths: coded problem details, and nothing changed. */
@IntegrationTest
class Sol005ApiIT {

    private static final String PACKAGES = "/api/vnfpkgm/v2/vnf_packages";
    private static final String IMAGE = "127.0.0.1:5000/nfv/echo:1.0";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    io.chainline.console.nfvo.service.OnboardingChecks checks;

    private Sol005Client api;

    @BeforeEach
    void client() {
        TestUsers.ensure(users);
        api = Sol005Client.basic(port, TestUsers.OPERATOR);
    }

    private String create() throws Exception {
        HttpResponse<String> created = api.json("POST", PACKAGES, "{\"userDefinedData\":{\"owner\":\"noc\"}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = Sol005Client.tree(created);
        assertThat(created.headers().firstValue("Location"))
                .contains(api.base() + PACKAGES + "/" + body.path("id").asString());
        return body.path("id").asString();
    }

    private JsonNode problem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        JsonNode problem = Sol005Client.tree(response);
        assertThat(problem.path("code").asString()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }

    private JsonNode onboard(String id, byte[] csar) throws Exception {
        assertThat(api.send("PUT", PACKAGES + "/" + id + "/package_content", "application/zip", csar)
                        .statusCode())
                .isEqualTo(202);
        return api.awaitState(PACKAGES + "/" + id, "onboardingState", Duration.ofSeconds(60), "ONBOARDED", "ERROR");
    }

    @Test
    void aPackageIsCreatedRejectedWithTheEnginesFindingsThenOnboardedAndServed() throws Exception {
        String id = create();
        JsonNode fresh = api.read(PACKAGES + "/" + id);
        assertThat(fresh.path("onboardingState").asString()).isEqualTo("CREATED");
        assertThat(fresh.path("operationalState").asString()).isEqualTo("DISABLED");
        assertThat(fresh.path("usageState").asString()).isEqualTo("NOT_IN_USE");
        assertThat(fresh.path("userDefinedData").path("owner").asString()).isEqualTo("noc");
        problem(api.get(PACKAGES + "/" + id + "/package_content"), 409, "VNFPKG-NOT-ONBOARDED");

        JsonNode rejected = onboard(id, "tosca_definitions_version: [unclosed".getBytes(StandardCharsets.UTF_8));
        assertThat(rejected.path("onboardingState").asString()).isEqualTo("ERROR");
        JsonNode failure = rejected.path("onboardingFailureDetails");
        assertThat(failure.path("code").asString()).isEqualTo("PACKAGE-REJECTED");
        assertThat(failure.path("status").asInt()).isEqualTo(422);
        assertThat(failure.path("issues").get(0).path("code").asString()).isNotBlank();
        assertThat(failure.path("detail").asString()).contains("upload again");
        assertThat(checks.vnfPackage(UUID.fromString(id)).profile())
                .as("a refusal records the profile it was judged by, as the Onboarding page shows")
                .isEqualTo("interop");

        VnfDescriptor vnf = Deployables.descriptorsOf(IMAGE, List.of(Deployables.Nf.plain("probe", 8090)))
                .getFirst();
        byte[] csar = Sol005Packages.csar(vnf);
        JsonNode onboarded = onboard(id, csar);
        assertThat(onboarded.path("onboardingState").asString())
                .as(onboarded.toString())
                .isEqualTo("ONBOARDED");
        assertThat(onboarded.has("onboardingFailureDetails")).isFalse();
        assertThat(onboarded.path("operationalState").asString()).isEqualTo("ENABLED");
        assertThat(onboarded.path("vnfdId").asString()).isEqualTo(vnf.descriptorId());
        assertThat(onboarded.path("vnfProductName").asString())
                .isEqualTo(vnf.identity().productName());
        assertThat(onboarded.path("checksum").path("algorithm").asString()).isEqualTo("SHA-256");

        problem(
                api.send("PUT", PACKAGES + "/" + id + "/package_content", "application/zip", csar),
                409,
                "VNFPKG-STATE-CONFLICT");
        HttpResponse<String> content = api.get(PACKAGES + "/" + id + "/package_content");
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.headers().firstValue("Content-Type")).contains("application/zip");
        assertThat(api.get(PACKAGES + "/" + id + "/vnfd").body())
                .contains("tosca_definitions_version")
                .contains(vnf.descriptorId());
        HttpResponse<byte[]> zipped = api.bytes(PACKAGES + "/" + id + "/vnfd", "application/zip");
        assertThat(zipped.statusCode()).as("SOL005's second form of the VNFD").isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Type")).contains("application/zip");
        assertThat(Sol005Packages.entries(zipped.body()))
                .anySatisfy((name, text) -> assertThat(text).contains(vnf.descriptorId()));
        assertThat(api.get(PACKAGES + "/" + id + "/manifest").body()).contains("vnf_product_name");
        JsonNode paths = api.read(PACKAGES + "/" + id + "/artifacts");
        assertThat(paths.toString()).contains("TOSCA-Metadata/TOSCA.meta");
        assertThat(api.get(PACKAGES + "/" + id + "/artifacts/TOSCA-Metadata/TOSCA.meta")
                        .body())
                .contains("Entry-Definitions");
        problem(api.get(PACKAGES + "/" + id + "/artifacts/Files/nothing.bin"), 404, "VNFPKG-ARTIFACT-NOT-FOUND");
        theOperationalStateAndUserDataChangeAndDeleteFollowsSol005(id);
    }

    private void theOperationalStateAndUserDataChangeAndDeleteFollowsSol005(String id) throws Exception {
        problem(
                api.json("PATCH", PACKAGES + "/" + id, "{\"operationalState\":\"ASLEEP\"}"),
                422,
                "OPERATIONAL-STATE-INVALID");
        problem(api.json("PATCH", PACKAGES + "/" + id, "{}"), 422, "MODIFICATIONS-EMPTY");
        problem(api.send("DELETE", PACKAGES + "/" + id, null, null), 409, "VNFPKG-ENABLED");
        HttpResponse<String> patched =
                api.json("PATCH", PACKAGES + "/" + id, "{\"userDefinedData\":{\"owner\":null,\"ticket\":\"CHG-1\"}}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(api.read(PACKAGES + "/" + id).path("userDefinedData").toString())
                .isEqualTo("{\"ticket\":\"CHG-1\"}");
        assertThat(api.json("PATCH", PACKAGES + "/" + id, "{\"operationalState\":\"DISABLED\"}")
                        .statusCode())
                .isEqualTo(200);
        problem(
                api.json("PATCH", PACKAGES + "/" + id, "{\"operationalState\":\"DISABLED\"}"),
                409,
                "VNFPKG-STATE-UNCHANGED");
        assertThat(api.send("DELETE", PACKAGES + "/" + id, null, null).statusCode())
                .isEqualTo(204);
        problem(api.get(PACKAGES + "/" + id), 404, "VNFPKG-NOT-FOUND");
    }

    @Test
    void packageSecurityOptionIsTheOneThePackageUses() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        byte[] plain =
                Sol005Packages.csar(Deployables.descriptorsOf(IMAGE, List.of(Deployables.Nf.plain("opt1-" + tag, 8091)))
                        .getFirst());
        byte[] wrapped = io.chainline.console.support.SignedPackages.signed(
                "opt2",
                Sol005Packages.csar(Deployables.descriptorsOf(IMAGE, List.of(Deployables.Nf.plain("opt2-" + tag, 8091)))
                        .getFirst()));

        String first = create();
        String second = create();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            HttpResponse<String> subscribed =
                    api.json("POST", "/api/vnfpkgm/v2/subscriptions", """
                    {"callbackUri":"%s","filter":{"notificationTypes":["VnfPackageOnboardingNotification"],
                     "vnfPkgId":["%s","%s"]}}""".formatted(receiver.url(), first, second));
            assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);

            JsonNode one = onboard(first, plain);
            JsonNode two = onboard(second, wrapped);

            assertThat(one.path("onboardingState").asString())
                    .as(one.toString())
                    .isEqualTo("ONBOARDED");
            assertThat(one.path("packageSecurityOption").asString()).isEqualTo("OPTION_1");
            assertThat(one.path("vnfmInfo").isArray())
                    .as("VnfPkgInfo.vnfmInfo (SOL005 V3), copied from the VNFD once onboarded: " + one)
                    .isTrue();
            assertThat(two.path("onboardingState").asString())
                    .as(two.toString())
                    .isEqualTo("ONBOARDED");
            assertThat(two.path("packageSecurityOption").asString())
                    .as("the whole CSAR signed in an outer ZIP (SOL004 option 2)")
                    .isEqualTo("OPTION_2");
            theV2SubscriberWasToldOfBoth(receiver, first, second);
            assertThat(api.send(
                                    "DELETE",
                                    subscribed.headers().firstValue("Location").orElseThrow(),
                                    null,
                                    null)
                            .statusCode())
                    .isEqualTo(204);
        }
    }

    /** v2 notifications validate against SOL005 V3.3.1 and link to the package absolutely. */
    private void theV2SubscriberWasToldOfBoth(WebhookReceiver receiver, String first, String second) {
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> receiver.posts().size() >= 2);
        for (WebhookReceiver.Received post : receiver.posts()) {
            io.chainline.console.support.Sol005Schemas.checkNotification("/api/vnfpkgm/v2", post.body());
            JsonNode notification = Sol005Client.parse(post.body());
            assertThat(notification
                            .path("_links")
                            .path("vnfPackage")
                            .path("href")
                            .asString())
                    .isIn(api.base() + PACKAGES + "/" + first, api.base() + PACKAGES + "/" + second);
        }
    }

    @Test
    void multipartUploadsOnboardLikeRawOnes() throws Exception {
        String id = create();
        VnfDescriptor vnf = Deployables.descriptorsOf(IMAGE, List.of(Deployables.Nf.plain("mp", 8091)))
                .getFirst();
        String boundary = "chainline-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"mp.csar\"\r\n"
                        + "Content-Type: application/zip\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] csar = Sol005Packages.csar(vnf);
        byte[] body = new byte[head.length + csar.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(csar, 0, body, head.length, csar.length);
        System.arraycopy(tail, 0, body, head.length + csar.length, tail.length);
        HttpResponse<String> put = api.send(
                "PUT", PACKAGES + "/" + id + "/package_content", "multipart/form-data; boundary=" + boundary, body);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(202);
        assertThat(api.awaitState(PACKAGES + "/" + id, "onboardingState", Duration.ofSeconds(60), "ONBOARDED", "ERROR")
                        .path("onboardingState")
                        .asString())
                .isEqualTo("ONBOARDED");
        problem(
                api.send("PUT", PACKAGES + "/" + create() + "/package_content", "application/zip", new byte[0]),
                422,
                "VNFPKG-CONTENT-EMPTY");
    }

    @Test
    void aPackageIsFetchedFromTheVendorsArtifactServer() throws Exception {
        VnfDescriptor vnf = Deployables.descriptorsOf(IMAGE, List.of(Deployables.Nf.plain("fetched", 8094)))
                .getFirst();
        byte[] csar = Sol005Packages.csar(vnf);
        com.sun.net.httpserver.HttpServer server =
                com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        String expected = "Basic "
                + java.util.Base64.getEncoder().encodeToString("vendor:artifact-pw".getBytes(StandardCharsets.UTF_8));
        server.createContext("/releases/fetched-1.0.csar", exchange -> {
            boolean allowed = expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(allowed ? 200 : 401, allowed ? csar.length : -1);
            if (allowed) {
                exchange.getResponseBody().write(csar);
            }
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/releases/";
            String id = create();
            HttpResponse<String> asked =
                    api.json("POST", PACKAGES + "/" + id + "/package_content/upload_from_uri", """
                    {"addressInformation":"%sfetched-1.0.csar","userName":"vendor","password":"artifact-pw"}""".formatted(base));
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
            JsonNode fetched = api.awaitState(
                    PACKAGES + "/" + id, "onboardingState", Duration.ofSeconds(60), "ONBOARDED", "ERROR");
            assertThat(fetched.path("onboardingState").asString())
                    .as(fetched.toString())
                    .isEqualTo("ONBOARDED");
            assertThat(fetched.path("vnfdId").asString()).isEqualTo(vnf.descriptorId());

            String wrong = create();
            api.json(
                    "POST",
                    PACKAGES + "/" + wrong + "/package_content/upload_from_uri",
                    "{\"addressInformation\":\"" + base + "fetched-1.0.csar\"}");
            JsonNode refused = api.awaitState(
                    PACKAGES + "/" + wrong, "onboardingState", Duration.ofSeconds(60), "ONBOARDED", "ERROR");
            assertThat(refused.path("onboardingFailureDetails").path("code").asString())
                    .isEqualTo("PACKAGE-FETCH-FAILED");
            assertThat(refused.path("onboardingFailureDetails").path("detail").asString())
                    .contains("HTTP 401");
            problem(
                    api.json(
                            "POST",
                            PACKAGES + "/" + create() + "/package_content/upload_from_uri",
                            "{\"addressInformation\":\"file:///etc/passwd\"}"),
                    422,
                    "PACKAGE-URI-INVALID");
            assertThat(api.read(PACKAGES + "/" + id).toString()).doesNotContain("artifact-pw");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void collectionsFilterAndPageAsSol013Says() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> created =
                    api.json("POST", PACKAGES, "{\"userDefinedData\":{\"batch\":\"" + tag + "\"}}");
            ids.add(Sol005Client.tree(created).path("id").asString());
        }
        // userDefinedData is filtered in memory after each SQL page (ADR 0044): in the shared database a page may be
        // short, even empty, with a next link; following the links gives the batch in order, at most 3 per page
        String filtered = PACKAGES + "?filter=(eq,userDefinedData.batch," + tag + ")";
        assertThat(pagedIds(filtered)).containsExactlyElementsOf(ids);
        problem(api.get(PACKAGES + "?filter=(like,onboardingState,X)"), 400, "FILTER-INVALID");
        problem(api.get(PACKAGES + "?filter=(eq,nfvId,x)"), 400, "FILTER-INVALID");
        problem(api.get(PACKAGES + "?nextpage_opaque_marker=garbage!"), 422, "PAGING-MARKER-INVALID");
        assertThat(pagedIds(PACKAGES + "?filter=(eq,onboardingState,CREATED);(eq,userDefinedData.batch," + tag + ")"))
                .containsExactlyElementsOf(ids);
    }

    /** Every id of a filtered collection, following the Link headers; each page holds at most the page size (3). */
    private List<String> pagedIds(String path) throws Exception {
        List<String> found = new ArrayList<>();
        String next = path;
        for (int pages = 0; next != null; pages++) {
            assertThat(pages).as("pages of %s", path).isLessThan(1_000);
            HttpResponse<String> page = api.get(next);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            List<String> onPage = Sol005Client.tree(page).findValuesAsString("id");
            assertThat(onPage.size()).isLessThanOrEqualTo(3);
            found.addAll(onPage);
            next = page.headers()
                    .firstValue("Link")
                    .map(link -> link.substring(link.indexOf('<') + 1, link.indexOf('>')))
                    .map(url -> url.substring(url.indexOf("/api/")))
                    .orElse(null);
        }
        return found;
    }

    @Test
    void nsdsAndInstancesRefuseWhatCannotBe() throws Exception {
        String nsd = Sol005Client.tree(api.json("POST", "/api/nsd/v2/ns_descriptors", "{}"))
                .path("id")
                .asString();
        String yaml = Sol005Packages.nsdYaml(Deployables.chainOf(
                List.of(Deployables.Nf.plain("ghost", 8092)), List.of("vnfd-nobody-onboarded-" + UUID.randomUUID())));
        assertThat(api.send(
                                "PUT",
                                "/api/nsd/v2/ns_descriptors/" + nsd + "/nsd_content",
                                "text/plain",
                                yaml.getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(202);
        JsonNode failed = api.awaitState(
                "/api/nsd/v2/ns_descriptors/" + nsd,
                "nsdOnboardingState",
                Duration.ofSeconds(60),
                "ONBOARDED",
                "ERROR");
        assertThat(failed.path("nsdOnboardingState").asString()).isEqualTo("ERROR");
        assertThat(failed.path("onboardingFailureDetails").path("detail").asString())
                .contains("vnfd-nobody");

        problem(
                api.json("POST", "/api/nslcm/v2/ns_instances", "{\"nsdId\":\"nope\",\"nsName\":\"x1\"}"),
                422,
                "NS-NSD-NOT-ONBOARDED");
        problem(
                api.json("POST", "/api/nslcm/v2/ns_instances", "{\"nsdId\":\"nope\",\"nsName\":\"  \"}"),
                422,
                "NS-NAME-INVALID");
        problem(
                api.json("POST", "/api/nslcm/v2/ns_instances/" + UUID.randomUUID() + "/instantiate", "{}"),
                404,
                "NS-NOT-FOUND");
        problem(api.get("/api/nslcm/v2/ns_lcm_op_occs/" + UUID.randomUUID()), 404, "OPOCC-NOT-FOUND");
        problem(api.json("POST", "/api/nslcm/v2/ns_instances", "{\"nsdId\":"), 400, "REQUEST-UNREADABLE");
    }

    @Test
    void subscriptionsTestTheirCallbackNeverShowSecretsAndAreNotDuplicated() throws Exception {
        String subscriptions = "/api/nsd/v2/subscriptions";
        problem(
                api.json("POST", subscriptions, "{\"callbackUri\":\"http://127.0.0.1:9/nobody\"}"),
                422,
                "SUBSCRIPTION-CALLBACK-UNREACHABLE");
        problem(
                api.json("POST", subscriptions, "{\"callbackUri\":\"ftp://host/x\"}"),
                422,
                "SUBSCRIPTION-CALLBACK-INVALID");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            problem(api.json("POST", subscriptions, """
                    {"callbackUri":"%s","authentication":{"authType":["BASIC"],"paramsBasic":{"userName":"u"}}}""".formatted(receiver.url())), 422, "SUBSCRIPTION-AUTH-INVALID");
            String request = """
                    {"callbackUri":"%s","filter":{"notificationTypes":["NsdOnboardingNotification"]},
                     "authentication":{"authType":["BASIC"],"paramsBasic":{"userName":"u","password":"s3cret-pw"}}}""".formatted(receiver.url());
            HttpResponse<String> created = api.json("POST", subscriptions, request);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(created.body()).doesNotContain("s3cret-pw").contains("\"authType\":\"BASIC\"");
            String location = created.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> again = api.json("POST", subscriptions, request);
            assertThat(again.statusCode()).isEqualTo(303);
            assertThat(again.headers().firstValue("Location")).contains(location);
            assertThat(api.get(location).body()).doesNotContain("s3cret-pw");
            problem(
                    api.get("/api/nslcm/v2/subscriptions/" + location.substring(location.lastIndexOf('/') + 1)),
                    404,
                    "SUBSCRIPTION-NOT-FOUND");
            assertThat(api.send("DELETE", location, null, null).statusCode()).isEqualTo(204);
            problem(api.get(location), 404, "SUBSCRIPTION-NOT-FOUND");
        }
    }
}
