package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.nfvo.domain.NsdInfo;
import io.chainline.console.nfvo.domain.NsdInfoRepository;
import io.chainline.console.security.service.UserService;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.TestUsers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What a SOL005 conformance suite (ETSI NFV-TST 010 style) sends, byte for byte, and what SOL005 and SOL013 say the
 * answer is: the defects a third-party suite found, each pinned by the request that found it.
 */
@IntegrationTest
class Sol005ConformanceIT {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    NsdInfoRepository nsds;

    private Sol005Client api;

    @BeforeEach
    void client() {
        TestUsers.ensure(users);
        api = Sol005Client.basic(port, TestUsers.OPERATOR);
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "<html");
        JsonNode problem = Sol005Client.tree(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }

    /** SOL013 §6.4: a resource that does not exist is 404 with problem details, never the console's HTML page. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/vnfpkgm/v2/vnf_package",
                "/api/nsd/v2/subscription",
                "/api/nslcm/v2/nothing/here",
                "/api/v1/no-such-resource"
            })
    void anUnknownPathUnderTheApiIsA404ProblemNotThePage(String path) throws Exception {
        JsonNode problem = problem(api.get(path), 404);
        assertThat(problem.path("code").asString()).isEqualTo("NOT-FOUND");
        assertThat(problem.path("instance").asString()).isEqualTo(path);
    }

    /** An identifier that is not a UUID names no resource: 404, as for one that does not exist, not 400. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/vnfpkgm/v2/vnf_packages/not-a-uuid",
                "/api/nsd/v2/ns_descriptors/not-a-uuid",
                "/api/nslcm/v2/ns_instances/not-a-uuid",
                "/api/nslcm/v2/ns_lcm_op_occs/not-a-uuid",
                "/api/vnfpkgm/v2/subscriptions/not-a-uuid"
            })
    void anIdentifierThatIsNotAUuidIsNotFound(String path) throws Exception {
        assertThat(problem(api.get(path), 404).path("detail").asString()).contains("not-a-uuid");
    }

    /** SOL005 §6.5.2.10: nsName is a string, any string; the deployment gets a DNS label derived from it. */
    @Test
    void anNsInstanceIsCreatedWithAnyNameTwiceOverAndKeepsItAsSent() throws Exception {
        String nsdId = "nsd-conformance-" + UUID.randomUUID();
        NsdInfo nsd = new NsdInfo(UUID.randomUUID(), "{}", "it", Instant.now());
        nsd.onboarded(new NsdInfo.Nsd(UUID.randomUUID(), nsdId, "conformance", "1.0", "it"), Instant.now());
        nsds.save(nsd);
        String body = "{\"nsdId\":\"" + nsdId + "\",\"nsName\":\"My NS 1\",\"nsDescription\":\"TST 010\"}";
        try {
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> answer = api.json("POST", "/api/nslcm/v2/ns_instances", body);
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
                JsonNode instance = Sol005Client.tree(answer);
                assertThat(instance.path("nsInstanceName").asString()).isEqualTo("My NS 1");
                assertThat(instance.path("nsState").asString()).isEqualTo("NOT_INSTANTIATED");
                created.add(instance.path("id").asString());
            }
            assertThat(api.read("/api/nslcm/v2/ns_instances/" + created.get(1))
                            .path("nsInstanceName")
                            .asString())
                    .isEqualTo("My NS 1");
            for (String id : created) {
                assertThat(api.send("DELETE", "/api/nslcm/v2/ns_instances/" + id, null, null)
                                .statusCode())
                        .isEqualTo(204);
            }
            problem(api.json("POST", "/api/nslcm/v2/ns_instances", body.replace("My NS 1", " ")), 422);
        } finally {
            nsds.delete(nsd); // its chain version does not exist: left behind, it would break the NSD collection
        }
    }

    /** SOL013 §9.3: the versions resource at each API's root and under its major version. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/vnfpkgm/api_versions",
                "/api/vnfpkgm/v2/api_versions",
                "/api/nsd/v2/api_versions",
                "/api/nslcm/api_versions",
                "/api/nsfm/v1/api_versions"
            })
    void eachApiSaysWhichVersionsItServes(String path) throws Exception {
        HttpResponse<String> answer = api.get(path);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode info = Sol005Client.tree(answer);
        String prefix = path.substring(0, path.indexOf("/api_versions")).replaceAll("/v[0-9]+$", "");
        boolean root = path.equals(prefix + "/api_versions");
        // SOL013 §9.3: the root lists every major version under the API's own prefix, a major version only itself
        assertThat(info.path("uriPrefix").asString())
                .as("{apiRoot}/{apiName}/{apiMajorVersion}, absolute (SOL013 ApiVersionInformation)")
                .startsWith("http://")
                .endsWith(root ? prefix : path.replace("/api_versions", ""));
        List<String> versions = info.path("apiVersions").findValuesAsString("version");
        assertThat(versions).allMatch(v -> v.matches("[12]\\.[0-9]+\\.[0-9]+"));
        assertThat(answer.headers().firstValue("Version"))
                .hasValueSatisfying(v -> assertThat(versions).contains(v));
        problem(api.get(prefix + "/v9/api_versions"), 404);
    }

    /** SOL013 §4.9: every answer names its version; a request for another major version is 406, not misread. */
    @Test
    void theVersionHeaderIsAnsweredAndAnotherMajorVersionIsRefused() throws Exception {
        HttpResponse<String> plain = api.get("/api/vnfpkgm/v2/vnf_packages");
        assertThat(plain.headers().firstValue("Version")).contains("2.0.0");

        HttpResponse<String> same =
                api.send("GET", "/api/vnfpkgm/v2/vnf_packages", null, null, java.util.Map.of("Version", "2.6.1"));
        assertThat(same.statusCode()).isEqualTo(200);

        HttpResponse<String> other =
                api.send("GET", "/api/vnfpkgm/v2/vnf_packages", null, null, java.util.Map.of("Version", "1.3.0"));
        assertThat(problem(other, 406).path("code").asString()).isEqualTo("API-VERSION-UNSUPPORTED");
        assertThat(other.headers().firstValue("Version")).contains("2.0.0");
    }

    @Test
    void anUnknownPathAnswersTheSameForAnAnonymousCaller() throws Exception {
        HttpResponse<String> anonymous =
                Sol005Client.bearer(port, "no-such-token").get("/api/vnfpkgm/v2/vnf_package");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("<html");
    }

    private static final String PACKAGES = "/api/vnfpkgm/v2/vnf_packages";

    private String packageIn(String batch) throws Exception {
        HttpResponse<String> created =
                api.json("POST", PACKAGES, "{\"userDefinedData\":{\"batch\":\"" + batch + "\"}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Sol005Client.tree(created).path("id").asString();
    }

    /**
     * SOL013 §5.3 (issue 28, item 6): a collection without selectors answers as with exclude_default, leaving out the
     * complex attributes SOL005 names for the resource; all_fields, fields and exclude_fields bring them back or take
     * more away; the id, the mandatory attributes and _links stay whatever is asked.
     */
    @Test
    void attributeSelectorsShapeTheCollectionAndTheDefaultLeavesOutWhatSol005Says() throws Exception {
        String batch = "sel-" + UUID.randomUUID();
        String id = packageIn(batch);
        String collection = PACKAGES + "?filter=(eq,userDefinedData.batch," + batch + ")";

        JsonNode plain = api.read(collection).get(0);
        assertThat(plain.path("id").asString()).isEqualTo(id);
        assertThat(plain.has("onboardingState")).isTrue();
        assertThat(plain.path("_links").path("self").path("href").asString())
                .isEqualTo(api.base() + PACKAGES + "/" + id);
        assertThat(plain.has("userDefinedData"))
                .as("excluded by default (SOL005 VnfPkgInfo)")
                .isFalse();
        assertThat(api.read(collection + "&exclude_default").get(0)).isEqualTo(plain);

        JsonNode all = api.read(collection + "&all_fields").get(0);
        assertThat(all.path("userDefinedData").path("batch").asString()).isEqualTo(batch);
        assertThat(api.read(collection + "&fields=userDefinedData").get(0).path("userDefinedData"))
                .isEqualTo(all.path("userDefinedData"));
        assertThat(api.read(collection + "&fields=userDefinedData.batch&exclude_default")
                        .get(0)
                        .path("userDefinedData")
                        .path("batch")
                        .asString())
                .isEqualTo(batch);

        JsonNode excluded = api.read(collection + "&exclude_fields=userDefinedData,_links,id")
                .get(0);
        assertThat(excluded.has("userDefinedData")).isFalse();
        assertThat(excluded.path("id").asString()).isEqualTo(id);
        assertThat(excluded.has("_links")).as("_links is never removed").isTrue();
        assertThat(api.read(PACKAGES + "/" + id)
                        .path("userDefinedData")
                        .path("batch")
                        .asString())
                .as("a single resource is whole")
                .isEqualTo(batch);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/vnfpkgm/v2/vnf_packages?fields=nope",
                "/api/vnfpkgm/v2/vnf_packages?exclude_fields=userDefinedData,",
                "/api/vnfpkgm/v2/vnf_packages?all_fields&exclude_fields=userDefinedData",
                "/api/vnfpkgm/v2/vnf_packages?all_fields&exclude_default",
                "/api/vnfpkgm/v2/vnf_packages?fields=userDefinedData&exclude_fields=checksum",
                "/api/nsd/v2/ns_descriptors?exclude_fields=vnfInstance",
                "/api/nslcm/v2/ns_instances?fields=vnfInstance.nope",
                "/api/nslcm/v2/ns_lcm_op_occs?exclude_fields=error&exclude_default"
            })
    void aSelectorNamingNoAttributeOrAnInvalidCombinationIs400(String path) throws Exception {
        assertThat(problem(api.get(path), 400).path("code").asString()).isEqualTo("SELECTOR-INVALID");
    }

    /** Each collection takes the selectors SOL005 gives it, vnfInstance of an NS instance among them. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/nsd/v2/ns_descriptors?fields=userDefinedData,onboardingFailureDetails",
                "/api/nslcm/v2/ns_instances?fields=vnfInstance",
                "/api/nslcm/v2/ns_instances?exclude_fields=vnfInstance.targets",
                "/api/nslcm/v2/ns_lcm_op_occs?fields=operationParams,error,resourceChanges&exclude_default",
                "/api/nslcm/v2/ns_lcm_op_occs?all_fields",
                "/api/nsfm/v1/alarms?fields=faultDetails",
                "/api/nslcm/v2/subscriptions?exclude_fields=filter"
            })
    void everyCollectionTakesTheSelectors(String path) throws Exception {
        HttpResponse<String> answer = api.get(path);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(Sol005Client.tree(answer).isArray()).isTrue();
    }

    /**
     * SOL005 §9.4.5.3.2 and RFC 9110 §14 (issue 28, item 10): a package's content and its files are served in parts
     * for a client that resumes a download: 206 with Content-Range, 416 with the length for a range past the end.
     */
    @Test
    void packageContentAndArtifactsHonourASingleByteRange() throws Exception {
        String id = packageIn("range-" + UUID.randomUUID());
        byte[] csar = Sol005Packages.csar(
                Deployables.descriptorsOf("127.0.0.1:5000/nfv/echo:1.0", List.of(Deployables.Nf.plain("ranged", 8091)))
                        .getFirst());
        assertThat(api.send("PUT", PACKAGES + "/" + id + "/package_content", "application/zip", csar)
                        .statusCode())
                .isEqualTo(202);
        assertThat(api.awaitState(PACKAGES + "/" + id, "onboardingState", Duration.ofSeconds(60), "ONBOARDED", "ERROR")
                        .path("onboardingState")
                        .asString())
                .isEqualTo("ONBOARDED");
        String content = PACKAGES + "/" + id + "/package_content";

        HttpResponse<byte[]> whole = api.bytes(content, Map.of());
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");
        byte[] full = whole.body();
        int length = full.length;

        HttpResponse<byte[]> middle = api.bytes(content, Map.of("Range", "bytes=10-19"));
        assertThat(middle.statusCode()).isEqualTo(206);
        assertThat(middle.headers().firstValue("Content-Range")).contains("bytes 10-19/" + length);
        assertThat(middle.headers().firstValue("Content-Type")).contains("application/zip");
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(full, 10, 20));

        HttpResponse<byte[]> rest = api.bytes(content, Map.of("Range", "bytes=" + (length - 5) + "-"));
        assertThat(rest.statusCode()).isEqualTo(206);
        assertThat(rest.body()).isEqualTo(Arrays.copyOfRange(full, length - 5, length));
        HttpResponse<byte[]> tail = api.bytes(content, Map.of("Range", "bytes=-7"));
        assertThat(tail.headers().firstValue("Content-Range"))
                .contains("bytes " + (length - 7) + "-" + (length - 1) + "/" + length);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(full, length - 7, length));

        HttpResponse<String> beyond = api.send("GET", content, null, null, Map.of("Range", "bytes=" + length + "-"));
        assertThat(problem(beyond, 416).path("code").asString()).isEqualTo("RANGE-NOT-SATISFIABLE");
        assertThat(beyond.headers().firstValue("Content-Range")).contains("bytes */" + length);

        HttpResponse<byte[]> several = api.bytes(content, Map.of("Range", "bytes=0-1,5-6"));
        assertThat(several.statusCode()).as("several ranges: the whole content").isEqualTo(200);
        assertThat(several.body()).isEqualTo(full);

        String meta = PACKAGES + "/" + id + "/artifacts/TOSCA-Metadata/TOSCA.meta";
        byte[] file = api.bytes(meta, Map.of()).body();
        HttpResponse<byte[]> head = api.bytes(meta, Map.of("Range", "bytes=0-4"));
        assertThat(head.statusCode()).isEqualTo(206);
        assertThat(new String(head.body(), StandardCharsets.UTF_8))
                .isEqualTo(new String(file, 0, 5, StandardCharsets.UTF_8));
        assertThat(head.headers().firstValue("Content-Range")).contains("bytes 0-4/" + file.length);
    }
}
