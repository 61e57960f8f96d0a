package io.chainline.console.nfvo.api;

import static io.chainline.console.nfvo.api.Sol005V1Client.PACKAGES;
import static io.chainline.console.nfvo.api.Sol005V1Client.v1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainline.console.support.Deployables;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.Sol005Schemas;
import io.chainline.console.support.WebhookReceiver;
import io.chainline.tosca.model.VnfDescriptor;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * vnfpkgm v1 as a client written for SOL005 v2.6.1 uses it: create, upload, follow onboarding (a failure is CREATED
 * with onboardingFailureDetails, never ERROR), read the package, its VNFD and its versions.
 */
@IntegrationTest
class Sol005V1VnfpkgmIT extends Sol005V1Base {

    @Test
    void aV1SubscriberIsToldOfOnboardingAndRemovalInV261Terms() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String subscription = api.create("/api/vnfpkgm/v1/subscriptions", """
                            {"callbackUri":"%s","filter":{"notificationTypes":
                             ["VnfPackageOnboardingNotification","VnfPackageChangeNotification"]}}""".formatted(receiver.url()))
                    .path("id")
                    .asString();
            VnfDescriptor vnf = Deployables.descriptorsOf(
                            Sol005V1Client.IMAGE, List.of(Deployables.Nf.plain("v1sub", 8094)))
                    .getFirst();
            JsonNode pkg = api.onboardPackage(Sol005Packages.csar(vnf));
            assertThat(pkg.path("onboardingState").asString()).isEqualTo("ONBOARDED");
            String self = PACKAGES + "/" + pkg.path("id").asString();
            api.disableAndDelete(self, "operationalState");

            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(receiver.posts())
                            .extracting(p -> Sol005Client.parse(p.body())
                                    .path("notificationType")
                                    .asString())
                            .contains("VnfPackageOnboardingNotification", "VnfPackageChangeNotification"));
            for (WebhookReceiver.Received post : receiver.posts()) {
                assertThat(post.header("Version")).isEqualTo("1.0.0");
                Sol005Schemas.checkNotification("/api/vnfpkgm/v1", post.body());
                assertThat(Sol005Client.parse(post.body())
                                .path("_links")
                                .path("vnfPackage")
                                .path("href")
                                .asString())
                        .isEqualTo(api.base() + self);
            }
            v1(api.json("DELETE", "/api/vnfpkgm/v1/subscriptions/" + subscription, null), 204);
        }
    }

    @Test
    void aPackageFailsAsV261SaysThenOnboardsUnderV1() throws Exception {
        JsonNode created = api.create(PACKAGES, "{\"userDefinedData\":{\"owner\":\"oss\"}}");
        String id = created.path("id").asString();
        String self = PACKAGES + "/" + id;
        assertThat(created.path("onboardingState").asString()).isEqualTo("CREATED");
        assertThat(created.path("_links").path("packageContent").path("href").asString())
                .isEqualTo(api.base() + self + "/package_content");

        v1(api.put(self + "/package_content", "application/zip", "not: [a csar".getBytes(StandardCharsets.UTF_8)), 202);
        JsonNode failed = api.awaitOnboarding(self, "onboardingState");
        assertThat(failed.path("onboardingState").asString()).isEqualTo("CREATED");
        assertThat(failed.path("onboardingFailureDetails").path("status").asInt())
                .isEqualTo(422);
        assertThat(failed.path("onboardingFailureDetails").path("detail").asString())
                .isNotBlank();
        assertThat(api.raw()
                        .read("/api/vnfpkgm/v2/vnf_packages/" + id)
                        .path("onboardingState")
                        .asString())
                .as("the same package, as v2 shows it")
                .isEqualTo("ERROR");
        assertThat(ids(api.read(PACKAGES + "?filter=(eq,id," + id + ");(eq,onboardingState,CREATED)")))
                .as("a v1 filter sees the states v1 shows")
                .containsExactly(id);
        assertThat(ids(api.read(PACKAGES + "?filter=(eq,id," + id + ");(eq,onboardingState,ERROR)")))
                .isEmpty();

        VnfDescriptor vnf = Deployables.descriptorsOf(
                        Sol005V1Client.IMAGE, List.of(Deployables.Nf.plain("v1probe", 8095)))
                .getFirst();
        v1(api.put(self + "/package_content", "application/zip", Sol005Packages.csar(vnf)), 202);
        JsonNode onboarded = api.awaitOnboarding(self, "onboardingState");
        assertThat(onboarded.path("onboardingState").asString())
                .as(onboarded.toString())
                .isEqualTo("ONBOARDED");
        assertThat(onboarded.has("onboardingFailureDetails")).isFalse();
        assertThat(onboarded.path("vnfdId").asString()).isEqualTo(vnf.descriptorId());
        assertThat(onboarded.path("_links").path("vnfd").path("href").asString())
                .isEqualTo(api.base() + self + "/vnfd");
        HttpResponse<String> vnfd = api.raw().send("GET", self + "/vnfd", null, null, Map.of("Accept", "text/plain"));
        assertThat(vnfd.body()).contains(vnf.descriptorId());
        assertThat(vnfd.headers().firstValue("Version")).contains("1.0.0");
        assertThat(api.raw().bytes(self + "/package_content", "application/zip").statusCode())
                .isEqualTo(200);

        // filtered to this package: other tests' packages share the database, and a page holds only some
        JsonNode all = api.read(PACKAGES + "?all_fields&filter=(eq,id," + id + ")");
        assertThat(ids(all)).contains(id);
        api.disableAndDelete(self, "operationalState");
        JsonNode gone = v1(api.json("GET", self, null), 404);
        assertThat(gone.path("code").asString())
                .as("the same coded problem as v2")
                .isEqualTo("VNFPKG-NOT-FOUND");
        assertThat(gone.path("instance").asString()).isEqualTo(self);
    }

    @Test
    void versionsAreListedAndTheVersionHeaderIsHonoured() throws Exception {
        JsonNode root = api.raw().read("/api/vnfpkgm/api_versions");
        assertThat(root.path("uriPrefix").asString()).startsWith("http://").endsWith("/api/vnfpkgm");
        assertThat(root.path("apiVersions").findValuesAsString("version")).containsExactly("1.0.0", "2.0.0");
        JsonNode v1 = api.read("/api/vnfpkgm/v1/api_versions");
        assertThat(v1.path("uriPrefix").asString()).startsWith("http://").endsWith("/api/vnfpkgm/v1");
        assertThat(v1.path("apiVersions").findValuesAsString("version")).containsExactly("1.0.0");
        for (String api : List.of("nsd", "nslcm")) {
            assertThat(this.api
                            .read("/api/" + api + "/v1/api_versions")
                            .path("uriPrefix")
                            .asString())
                    .startsWith("http://")
                    .endsWith("/api/" + api + "/v1");
        }

        HttpResponse<String> wrong =
                api.raw().send("GET", PACKAGES, null, null, Map.of("Version", "2.0.0", "Accept", "application/json"));
        assertThat(wrong.statusCode()).isEqualTo(406);
        assertThat(wrong.headers().firstValue("Version")).contains("1.0.0");
        assertThat(api.raw()
                        .send("GET", "/api/vnfpkgm/api_versions", null, null, Map.of("Version", "1.3.0"))
                        .statusCode())
                .as("the root serves every major version")
                .isEqualTo(200);
        v1(api.json("GET", "/api/vnfpkgm/v1/vnf_package", null), 404);
    }

    @Test
    void theOpenApiDocumentShowsBothVersions() throws Exception {
        JsonNode paths = api.raw().read("/api/docs").path("paths");
        for (String version : List.of("v1", "v2")) {
            assertThat(paths.has("/api/vnfpkgm/" + version + "/vnf_packages/{id}"))
                    .isTrue();
            assertThat(paths.has("/api/nsd/" + version + "/ns_descriptors/{id}/nsd_content"))
                    .isTrue();
            assertThat(paths.has("/api/nslcm/" + version + "/ns_instances/{id}/instantiate"))
                    .isTrue();
            assertThat(paths.has("/api/nslcm/" + version + "/subscriptions")).isTrue();
        }
        assertThat(paths.path("/api/vnfpkgm/v1/vnf_packages/{id}")
                        .path("get")
                        .path("tags")
                        .toString())
                .contains("SOL005 v1 vnfpkgm");
    }

    private static List<String> ids(JsonNode page) {
        return page.findValuesAsString("id");
    }
}
