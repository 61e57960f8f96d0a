package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainline.console.security.service.UserService;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.TestUsers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What an OSM-era client (written for SOL005 v2.6.1) sends to the v1 APIs, and the checks every v1 answer passes:
 * {@code Version} 1.0.0, links and locations under v1, no onboarding state v2.6.1 does not know.
 */
final class Sol005V1Client {

    /** The NF stand-in image the test registry serves. */
    static final String IMAGE = "127.0.0.1:5000/nfv/echo:1.0";

    static final String PACKAGES = "/api/vnfpkgm/v1/vnf_packages";
    static final String NSDS = "/api/nsd/v1/ns_descriptors";
    static final String INSTANCES = "/api/nslcm/v1/ns_instances";

    /** The headers such a client sends with every request. */
    static final Map<String, String> HEADERS = Map.of("Accept", "application/json", "Version", "1.2.0");

    private final Sol005Client api;

    Sol005V1Client(Sol005Client api) {
        this.api = api;
    }

    /** A client signed in as the operator (who onboards and instantiates). */
    static Sol005V1Client operator(int port, UserService users) {
        TestUsers.ensure(users);
        return new Sol005V1Client(Sol005Client.basic(port, TestUsers.OPERATOR));
    }

    Sol005Client raw() {
        return api;
    }

    /** The {apiRoot} this client reaches the console at, which every link and Location it is given starts with. */
    String base() {
        return api.base();
    }

    HttpResponse<String> json(String method, String path, String body) throws Exception {
        return api.send(
                method,
                path,
                body == null ? null : "application/json",
                body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                HEADERS);
    }

    HttpResponse<String> put(String path, String contentType, byte[] body) throws Exception {
        return api.send("PUT", path, contentType, body, HEADERS);
    }

    /** A 200 (or 201) answer in the v1 shape. */
    JsonNode read(String path) throws Exception {
        return v1(json("GET", path, null), 200);
    }

    /** Checks an answer is a v1 answer of that status; returns its body. */
    static JsonNode v1(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.uri() + " " + answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Version")).contains("1.0.0");
        answer.headers().firstValue("Location").ifPresent(l -> assertThat(l).contains("/v1/"));
        assertThat(answer.body())
                .doesNotContain("/v2/", "nboardingState\":\"ERROR", "vnfmInfo", "packageSecurityOption");
        return answer.body().isEmpty() ? null : Sol005Client.tree(answer);
    }

    /** POST to a collection: 201 whose Location is the new resource's v1 self link, both absolute. */
    JsonNode create(String collection, String body) throws Exception {
        HttpResponse<String> created = json("POST", collection, body);
        JsonNode resource = v1(created, 201);
        String self = api.base() + collection + "/" + resource.path("id").asString();
        assertThat(created.headers().firstValue("Location")).contains(self);
        assertThat(resource.path("_links").path("self").path("href").asString()).isEqualTo(self);
        return resource;
    }

    /**
     * Waits for an upload's end as a v2.6.1 client can see it: ONBOARDED, or CREATED again with
     * onboardingFailureDetails (there is no ERROR state in v2.6.1).
     */
    JsonNode awaitOnboarding(String path, String stateField) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    JsonNode resource = read(path);
                    String state = resource.path(stateField).asString();
                    return state.equals("ONBOARDED")
                            || (state.equals("CREATED") && resource.has("onboardingFailureDetails"));
                });
        try {
            return read(path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** SOL005's order of removal: disabled first (v1 answers the PATCH with the modifications), then deleted. */
    void disableAndDelete(String path, String stateField) throws Exception {
        JsonNode changed = v1(json("PATCH", path, "{\"" + stateField + "\":\"DISABLED\"}"), 200);
        assertThat(changed.path(stateField).asString()).isEqualTo("DISABLED");
        v1(json("DELETE", path, null), 204);
    }

    /** Creates a package, uploads the CSAR as the body and waits for the end of its onboarding. */
    JsonNode onboardPackage(byte[] csar) throws Exception {
        String id = create(PACKAGES, "{}").path("id").asString();
        v1(put(PACKAGES + "/" + id + "/package_content", "application/zip", csar), 202);
        return awaitOnboarding(PACKAGES + "/" + id, "onboardingState");
    }

    /** Creates an NSD resource, uploads the YAML as text/plain and waits for the end of its onboarding. */
    JsonNode onboardNsd(String yaml) throws Exception {
        String id = create(NSDS, "{\"userDefinedData\":{\"origin\":\"oss\"}}")
                .path("id")
                .asString();
        v1(put(NSDS + "/" + id + "/nsd_content", "text/plain", yaml.getBytes(StandardCharsets.UTF_8)), 202);
        return awaitOnboarding(NSDS + "/" + id, "nsdOnboardingState");
    }
}
