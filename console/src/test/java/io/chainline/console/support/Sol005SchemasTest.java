package io.chainline.console.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The validator the SOL005 ITs run every response through finds what it should, and only that. */
class Sol005SchemasTest {

    private static final String NSD = "/api/nsd/v2/ns_descriptors";
    private static final String ID = "5d2c9f6e-1f7a-4c4e-9a55-3e1b2a0c7d11";
    private static final String NSD_INFO = """
            {"id":"%s","nsdOnboardingState":"CREATED","nsdOperationalState":"DISABLED","nsdUsageState":"NOT_IN_USE",
             "chainlineOwn":"an attribute SOL005 does not name is allowed",
             "_links":{"self":{"href":"https://nfvo/api/nsd/v2/ns_descriptors/%s"},
                       "nsd_content":{"href":"https://nfvo/api/nsd/v2/ns_descriptors/%s/nsd_content"}}}""".formatted(ID, ID, ID);

    private static Sol005Schemas.Response json(String method, String path, int status, String body) {
        return new Sol005Schemas.Response(
                method, path, status, Optional.of("application/json"), Optional.of("2.0.0"), body);
    }

    @Test
    void aConformingNsdInfoAndItsListPass() {
        assertThat(Sol005Schemas.violations(json("GET", NSD + "/" + ID, 200, NSD_INFO)))
                .isEmpty();
        assertThat(Sol005Schemas.violations(json("GET", NSD + "?filter=(eq,id,x)", 200, "[" + NSD_INFO + "]")))
                .isEmpty();
    }

    @Test
    void aRelativeLinkFailsInAnswersAndNotifications() {
        String relative = NSD_INFO.replace("https://nfvo/api/nsd/v2/ns_descriptors/" + ID + "\"", "/api/nsd/v2/x\"");
        String notification = """
                {"id":"n","nsdInfoId":"i","nsdId":"d","notificationType":"NsdOnBoardingNotification",
                 "subscriptionId":"s","timeStamp":"2026-12-05T08:00:00Z",
                 "_links":{"nsdInfo":{"href":"/api/nsd/v1/ns_descriptors/i"},
                           "subscription":{"href":"https://nfvo/api/nsd/v1/subscriptions/s"}}}""";

        assertThat(Sol005Schemas.violations(json("GET", NSD + "/" + ID, 200, relative)))
                .singleElement()
                .asString()
                .contains("$._links.self.href")
                .contains("format");
        assertThat(Sol005Schemas.notificationViolations("/api/nsd/v1", notification))
                .singleElement()
                .asString()
                .contains("$._links.nsdInfo.href");
    }

    @Test
    void aMissingRequiredAttributeIsNamedWithItsJsonPath() {
        String withoutContentLink = NSD_INFO.replaceAll(",\\s*\"nsd_content\":\\{[^}]*}", "");

        assertThat(Sol005Schemas.violations(json("GET", NSD, 200, "[" + withoutContentLink + "]")))
                .singleElement()
                .asString()
                .contains("$[0]._links")
                .contains("nsd_content")
                .contains("required");
    }

    @Test
    void aValueOutsideTheEnumerationAndABadDateAreFound() {
        String op = """
                {"id":"o","operationState":"RUNNING","stateEnteredTime":"yesterday","nsInstanceId":"n",
                 "lcmOperationType":"INSTANTIATE","startTime":"2026-12-05T08:00:00Z","isAutomaticInvocation":false,
                 "isCancelPending":false,"_links":{"self":{"href":"https://nfvo/s"},"nsInstance":{"href":"https://nfvo/n"}}}""";

        assertThat(Sol005Schemas.violations(json("GET", "/api/nslcm/v2/ns_lcm_op_occs/o", 200, op)))
                .hasSize(2)
                .anySatisfy(v -> assertThat(v).contains("$.operationState").contains("enum"))
                .anySatisfy(v -> assertThat(v).contains("$.stateEnteredTime").contains("format"));
    }

    @Test
    void anErrorMustBeAProblemDetailsWithItsStatus() {
        var problem = new Sol005Schemas.Response(
                "GET",
                NSD + "/" + ID,
                404,
                Optional.of("application/problem+json"),
                Optional.of("2.0.0"),
                "{\"status\":400,\"title\":\"Not Found\"}");
        var html = new Sol005Schemas.Response(
                "GET", "/api/nsd/v2/nothing", 404, Optional.of("text/html"), Optional.of("2.0.0"), "<html/>");

        assertThat(Sol005Schemas.violations(problem))
                .anySatisfy(v -> assertThat(v).contains("detail").contains("required"))
                .anySatisfy(v -> assertThat(v).contains("$.status").contains("404"));
        assertThat(Sol005Schemas.violations(html)).singleElement().asString().contains("application/problem+json");
    }

    @Test
    void statusesMediaTypesAndPathsTheDocumentDoesNotDefineAreFound() {
        var zip = new Sol005Schemas.Response(
                "GET", NSD + "/" + ID + "/nsd_content", 200, Optional.of("application/zip"), Optional.of("2.0.0"), "");
        var octets = new Sol005Schemas.Response(
                "GET",
                NSD + "/" + ID + "/nsd_content",
                200,
                Optional.of("application/octet-stream"),
                Optional.of("2.0.0"),
                "");

        assertThat(Sol005Schemas.violations(zip)).isEmpty();
        assertThat(Sol005Schemas.violations(octets)).singleElement().asString().contains("Content-Type");
        assertThat(Sol005Schemas.violations(json("POST", NSD + "/" + ID, 200, "{}")))
                .singleElement()
                .asString()
                .startsWith("method");
        assertThat(Sol005Schemas.violations(json("GET", NSD + "/" + ID, 202, "{}")))
                .singleElement()
                .asString()
                .startsWith("status");
        assertThat(Sol005Schemas.violations(json("GET", "/api/nsd/v2/nsd_things", 200, "[]")))
                .singleElement()
                .asString()
                .startsWith("path");
    }

    @Test
    void theVersionHeaderIsRequiredAndOtherApisAreLeftAlone() {
        var withoutVersion = new Sol005Schemas.Response(
                "GET", NSD + "/" + ID, 200, Optional.of("application/json"), Optional.empty(), NSD_INFO);

        assertThat(Sol005Schemas.violations(withoutVersion))
                .singleElement()
                .asString()
                .contains("Version");
        assertThat(Sol005Schemas.violations(json("GET", "/api/v1/deployments", 200, "not even json")))
                .isEmpty();
        assertThatThrownBy(() -> Sol005Schemas.check(withoutVersion))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET " + NSD + "/" + ID);
    }

    @Test
    void artifactPathsSpanSegmentsAndSubscriptionsNeverShowTheirCredentials() {
        var artifact = new Sol005Schemas.Response(
                "GET",
                "/api/vnfpkgm/v2/vnf_packages/" + ID + "/artifacts/Files/images/disk.img",
                200,
                Optional.of("application/octet-stream"),
                Optional.of("2.0.0"),
                "");
        String subscription =
                "{\"id\":\"s\",\"callbackUri\":\"https://oss/cb\",\"_links\":{\"self\":{\"href\":\"https://nfvo/x\"}}";

        assertThat(Sol005Schemas.violations(artifact)).isEmpty();
        assertThat(Sol005Schemas.violations(json("GET", "/api/nsfm/v1/subscriptions/s", 200, subscription + "}")))
                .isEmpty();
        assertThat(Sol005Schemas.violations(json(
                        "GET",
                        "/api/nsfm/v1/subscriptions/s",
                        200,
                        subscription + ",\"authentication\":{\"authType\":[\"BASIC\"]}}")))
                .singleElement()
                .asString()
                .contains("not");
    }

    @Test
    void chainlinesOwnOperationsAreLeftAloneButTheirErrorsAreNot() {
        String artifacts = "/api/vnfpkgm/v2/vnf_packages/" + ID + "/artifacts";

        assertThat(Sol005Schemas.violations(json("GET", artifacts, 200, "[\"Definitions/vnfd.yaml\"]")))
                .isEmpty();
        assertThat(Sol005Schemas.violations(json("GET", artifacts, 404, "{}")))
                .singleElement()
                .asString()
                .contains("application/problem+json");
    }

    @Test
    void v1AnswersAreCheckedAgainstV261WhichHasNoErrorStateAndNoLaterAttributesRequired() {
        String v1 = "/api/vnfpkgm/v1/vnf_packages/" + ID;
        String pkg = """
                {"id":"%s","onboardingState":"%s","operationalState":"DISABLED","usageState":"NOT_IN_USE",
                 "_links":{"self":{"href":"http://nfvo:8080/api/vnfpkgm/v1/vnf_packages/%s"},
                           "packageContent":{"href":"http://nfvo:8080/api/vnfpkgm/v1/vnf_packages/%s/package_content"}}}""";

        assertThat(Sol005Schemas.violations(json("GET", v1, 200, pkg.formatted(ID, "CREATED", ID, ID))))
                .as("no packageSecurityOption in v2.6.1")
                .isEmpty();
        assertThat(Sol005Schemas.violations(json("GET", v1, 200, pkg.formatted(ID, "ERROR", ID, ID))))
                .singleElement()
                .asString()
                .contains("$.onboardingState")
                .contains("enum");
        assertThat(Sol005Schemas.violations(
                        json("GET", "/api/vnfpkgm/v2/vnf_packages/" + ID, 200, pkg.formatted(ID, "ERROR", ID, ID))))
                .as("v2 (3.3.1) requires packageSecurityOption and knows ERROR")
                .singleElement()
                .asString()
                .contains("packageSecurityOption");
        assertThat(Sol005Schemas.violations(json("GET", v1 + "/manifest", 200, "")))
                .singleElement()
                .asString()
                .startsWith("path");
    }

    @Test
    void notificationsAreCheckedAgainstTheComponentOfTheirType() {
        String lcm = """
                {"id":"n","nsInstanceId":"i","nsLcmOpOccId":"o","operation":"INSTANTIATE",
                 "notificationType":"NsLcmOperationOccurrenceNotification","subscriptionId":"s",
                 "%s":"2026-12-05T08:00:00Z","notificationStatus":"START","isAutomaticInvocation":false,
                 "_links":{"nsInstance":{"href":"https://nfvo/i"},"subscription":{"href":"https://nfvo/s"}}}""";

        assertThat(Sol005Schemas.notificationViolations("/api/nslcm/v1", lcm.formatted("timestamp")))
                .isEmpty();
        assertThat(Sol005Schemas.notificationViolations("/api/nslcm/v1", lcm.formatted("timeStamp")))
                .singleElement()
                .asString()
                .contains("timestamp")
                .contains("required");
        assertThat(Sol005Schemas.notificationViolations(
                        "/api/nsd/v1", "{\"notificationType\":\"NsdOnboardingNotification\"}"))
                .singleElement()
                .asString()
                .contains("is not a notification");
        assertThatThrownBy(() -> Sol005Schemas.checkNotification("/api/nslcm/v1", "{}"))
                .isInstanceOf(AssertionError.class);
    }
}
