package io.chainline.console.nfvo.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class Sol005V1Test {

    private final Sol005Json json = new Sol005Json();

    private JsonNode tree(String text) {
        return json.tree(json.map(text));
    }

    @Test
    void aFailedPackageIsCreatedWithItsFailureDetailsAndV1Links() {
        JsonNode pkg = Sol005V1.shape(tree("""
                {"id":"p1","onboardingState":"ERROR","vnfmInfo":["x"],"packageSecurityOption":"OPTION_1",
                 "onboardingFailureDetails":{"status":422,"issues":[{"severity":"ERROR"}]},
                 "_links":{"self":{"href":"/api/vnfpkgm/v2/vnf_packages/p1"},
                           "packageContent":{"href":"/api/vnfpkgm/v2/vnf_packages/p1/package_content"}}}"""));

        assertThat(pkg.path("onboardingState").asString()).isEqualTo("CREATED");
        assertThat(pkg.path("onboardingFailureDetails")
                        .path("issues")
                        .get(0)
                        .path("severity")
                        .asString())
                .as("only the onboarding states change")
                .isEqualTo("ERROR");
        assertThat(pkg.has("vnfmInfo")).isFalse();
        assertThat(pkg.has("packageSecurityOption")).isFalse();
        assertThat(pkg.path("_links").findValuesAsString("href"))
                .containsExactly("/api/vnfpkgm/v1/vnf_packages/p1", "/api/vnfpkgm/v1/vnf_packages/p1/package_content");
    }

    @Test
    void aPageOfNsdsAndAnOnboardedOneKeepTheirState() {
        JsonNode page = Sol005V1.shape(tree("""
                {"page":[{"nsdOnboardingState":"ERROR"},{"nsdOnboardingState":"ONBOARDED"}]}""").path("page"));

        assertThat(page.findValuesAsString("nsdOnboardingState")).containsExactly("CREATED", "ONBOARDED");
    }

    @Test
    void aNotificationLinksToV1AndUsesSol005sTypeName() {
        Map<String, Object> notification = new LinkedHashMap<>();
        notification.put("notificationType", "NsdOnboardingNotification");
        notification.put(
                "_links",
                Map.of(
                        "nsdInfo", Map.of("href", "/api/nsd/v2/ns_descriptors/n1"),
                        "subscription", Map.of("href", "/api/nsd/v1/subscriptions/s1")));

        Map<String, Object> shaped = Sol005V1.shape(notification, json);

        assertThat(shaped).containsEntry("notificationType", "NsdOnBoardingNotification");
        assertThat(json.write(shaped)).contains("/api/nsd/v1/ns_descriptors/n1").doesNotContain("/v2/");
    }

    @Test
    void nslcmNotificationsSayTimestampAsV261Does() {
        Map<String, Object> lcm = Sol005V1.shape(
                new LinkedHashMap<>(Map.of(
                        "notificationType",
                        "NsLcmOperationOccurrenceNotification",
                        "timeStamp",
                        "2026-12-05T08:00:00Z")),
                json);
        Map<String, Object> pkg = Sol005V1.shape(
                new LinkedHashMap<>(Map.of(
                        "notificationType", "VnfPackageOnboardingNotification", "timeStamp", "2026-12-05T08:00:00Z")),
                json);

        assertThat(lcm).containsEntry("timestamp", "2026-12-05T08:00:00Z").doesNotContainKey("timeStamp");
        assertThat(pkg).containsKey("timeStamp").doesNotContainKey("timestamp");
    }

    @Test
    void onlySol005LinksOfTheThreeApisMoveToV1() {
        assertThat(Sol005V1.href("http://c/api/nslcm/v2/ns_lcm_op_occs/o1"))
                .isEqualTo("http://c/api/nslcm/v1/ns_lcm_op_occs/o1");
        assertThat(Sol005V1.href("/api/v1/deployments/d1")).isEqualTo("/api/v1/deployments/d1");
        assertThat(Sol005V1.href("/api/nsfm/v1/alarms/a1")).isEqualTo("/api/nsfm/v1/alarms/a1");
        assertThat(List.of("/api/vnfpkgm/v1/x", "/api/nsd/v1/x", "/api/nslcm/v1/x"))
                .allMatch(Sol005V1::isV1);
        assertThat(Sol005V1.isV1("/api/nsfm/v1/alarms")).isFalse();
        assertThat(Sol005V1.versionHeader("v1")).isEqualTo("1.0.0");
    }
}
