package io.chainline.console.nfvo.api;

import static io.chainline.console.nfvo.api.Sol005V1Client.NSDS;
import static io.chainline.console.nfvo.api.Sol005V1Client.v1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainline.console.support.Deployables;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.Sol005Schemas;
import io.chainline.console.support.WebhookReceiver;
import io.chainline.tosca.model.VnfDescriptor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * nsd v1 as a client written for SOL005 v2.6.1 uses it: a subscription on v1, an NSD whose VNF is not onboarded
 * (CREATED with onboardingFailureDetails), then one that onboards; the subscriber is told in v2.6.1's terms.
 */
@IntegrationTest
class Sol005V1NsdIT extends Sol005V1Base {

    @Test
    void anNsdFailsThenOnboardsAndTheV1SubscriberIsToldInV1Terms() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonNode subscription = api.create("/api/nsd/v1/subscriptions", """
                    {"callbackUri":"%s","filter":{"notificationTypes":
                     ["NsdOnBoardingNotification","NsdOnboardingFailureNotification"]}}""".formatted(receiver.url()));
            String subscriptionId = subscription.path("id").asString();
            try {
                onboardAndNotify(receiver, subscriptionId);
            } finally {
                v1(api.json("DELETE", "/api/nsd/v1/subscriptions/" + subscriptionId, null), 204);
            }
        }
    }

    @Test
    void aPnfdFailsThenOnboardsUnderV1AsV261SaysAndIsRemoved() throws Exception {
        String collection = "/api/nsd/v1/pnf_descriptors";
        JsonNode failed = api.create(collection, "{}");
        String failedSelf = collection + "/" + failed.path("id").asString();
        v1(api.put(failedSelf + "/pnfd_content", "text/plain", "not: [a pnfd".getBytes(StandardCharsets.UTF_8)), 202);
        JsonNode refused = api.awaitOnboarding(failedSelf, "pnfdOnboardingState");
        assertThat(refused.path("pnfdOnboardingState").asString())
                .as("v2.6.1 has no ERROR state")
                .isEqualTo("CREATED");
        assertThat(refused.path("onboardingFailureDetails").path("status").asInt())
                .isPositive();
        v1(api.json("DELETE", failedSelf, null), 204);

        String descriptorId = "v1-pnfd-" + java.util.UUID.randomUUID();
        JsonNode created = api.create(collection, "{}");
        String self = collection + "/" + created.path("id").asString();
        v1(
                api.put(
                        self + "/pnfd_content",
                        "text/plain",
                        PnfDescriptorsIT.pnfd(descriptorId).getBytes(StandardCharsets.UTF_8)),
                202);
        JsonNode onboarded = api.awaitOnboarding(self, "pnfdOnboardingState");
        assertThat(onboarded.path("pnfdOnboardingState").asString())
                .as(onboarded.toString())
                .isEqualTo("ONBOARDED");
        assertThat(onboarded.path("pnfdId").asString()).isEqualTo(descriptorId);
        v1(api.json("DELETE", self, null), 204);
    }

    private void onboardAndNotify(WebhookReceiver receiver, String subscriptionId) throws Exception {
        assertThat(ids(api.read("/api/nsd/v1/subscriptions"))).contains(subscriptionId);
        assertThat(ids(api.raw().read("/api/nsd/v2/subscriptions")))
                .as("a v1 subscription is a v1 resource")
                .doesNotContain(subscriptionId);

        String ghost = Sol005Packages.nsdYaml(Deployables.chainOf(
                List.of(Deployables.Nf.plain("ghost", 8096)), List.of("vnfd-nobody-" + UUID.randomUUID())));
        JsonNode failed = api.onboardNsd(ghost);
        assertThat(failed.path("nsdOnboardingState").asString()).isEqualTo("CREATED");
        assertThat(failed.path("onboardingFailureDetails").path("detail").asString())
                .isNotBlank();

        VnfDescriptor vnf = Deployables.descriptorsOf(
                        Sol005V1Client.IMAGE, List.of(Deployables.Nf.plain("v1nsd", 8097)))
                .getFirst();
        JsonNode pkg = api.onboardPackage(Sol005Packages.csar(vnf));
        assertThat(pkg.path("onboardingState").asString()).isEqualTo("ONBOARDED");
        JsonNode nsd = api.onboardNsd(Sol005Packages.nsdYaml(
                Deployables.chainOf(List.of(Deployables.Nf.plain("v1nsd", 8097)), List.of(vnf.descriptorId()))));
        assertThat(nsd.path("nsdOnboardingState").asString()).as(nsd.toString()).isEqualTo("ONBOARDED");
        String self = NSDS + "/" + nsd.path("id").asString();
        assertThat(nsd.path("_links").path("nsd_content").path("href").asString())
                .isEqualTo(api.base() + self + "/nsd_content");
        assertThat(nsd.path("vnfPkgIds").size()).isEqualTo(1);
        assertThat(new String(
                        api.raw().bytes(self + "/nsd_content", "text/plain").body(), StandardCharsets.UTF_8))
                .contains("tosca_definitions_version");

        theSubscriberIsToldInV1Terms(receiver, failed.path("id").asString(), self, subscriptionId);
        v1(api.json("DELETE", NSDS + "/" + failed.path("id").asString(), null), 204);
        api.disableAndDelete(self, "nsdOperationalState");
        api.disableAndDelete(Sol005V1Client.PACKAGES + "/" + pkg.path("id").asString(), "operationalState");
    }

    private void theSubscriberIsToldInV1Terms(
            WebhookReceiver receiver, String failedId, String onboarded, String subscriptionId) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(receiver.posts())
                        .extracting(p -> Sol005Client.parse(p.body())
                                .path("notificationType")
                                .asString())
                        .contains("NsdOnboardingFailureNotification", "NsdOnBoardingNotification"));
        for (WebhookReceiver.Received post : receiver.posts()) {
            assertThat(post.header("Version")).isEqualTo("1.0.0");
            Sol005Schemas.checkNotification("/api/nsd/v1", post.body());
            assertThat(post.body()).doesNotContain("/v2/");
            JsonNode notification = Sol005Client.parse(post.body());
            assertThat(notification
                            .path("_links")
                            .path("subscription")
                            .path("href")
                            .asString())
                    .isEqualTo(api.base() + "/api/nsd/v1/subscriptions/" + subscriptionId);
            if (notification.path("notificationType").asString().equals("NsdOnBoardingNotification")) {
                assertThat(notification.path("_links").path("self").path("href").asString())
                        .isEqualTo(api.base() + onboarded);
            } else {
                assertThat(notification.path("nsdInfoId").asString()).isEqualTo(failedId);
                assertThat(notification
                                .path("onboardingFailureDetails")
                                .path("status")
                                .asInt())
                        .isPositive();
            }
        }
    }

    private static List<String> ids(JsonNode page) {
        return page.findValuesAsString("id");
    }
}
