package io.chainline.console.nfvo.api;

import static io.chainline.console.nfvo.api.Sol005V1Client.INSTANCES;
import static io.chainline.console.nfvo.api.Sol005V1Client.NSDS;
import static io.chainline.console.nfvo.api.Sol005V1Client.PACKAGES;
import static io.chainline.console.nfvo.api.Sol005V1Client.v1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.Engines;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.PodmanHosts;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.Sol005Schemas;
import io.chainline.console.support.WebhookReceiver;
import io.chainline.tosca.model.VnfDescriptor;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * nslcm v1 as an OSM-era OSS drives it: onboard a package and an NSD on v1, create an NS instance, instantiate it on
 * a real engine (podman), follow the operation occurrence from the 202's Location to COMPLETED, be notified on a v1
 * subscription, then terminate and delete in SOL005's order. Nothing of v2 appears in what it reads.
 */
@IntegrationTest
class Sol005V1NslcmIT extends Sol005V1Base {

    @Autowired
    FleetService fleet;

    private final DockerClient podman = Engines.client(Engines.podman());
    private TargetSummary host;

    @BeforeEach
    void registerTheHost() {
        host = PodmanHosts.register(fleet, "sol005v1");
    }

    @AfterEach
    void close() throws Exception {
        Engines.sweep(podman);
        podman.close();
    }

    @Test
    void anOssWrittenForV261InstantiatesAndFollowsToCompleted() throws Exception {
        List<Deployables.Nf> nfs = List.of(Deployables.Nf.plain("v1edge", 8098));
        VnfDescriptor vnf = Deployables.descriptorsOf(Engines.nfImage(), nfs).getFirst();
        JsonNode pkg = api.onboardPackage(Sol005Packages.csar(vnf));
        assertThat(pkg.path("onboardingState").asString()).as(pkg.toString()).isEqualTo("ONBOARDED");
        JsonNode nsd = api.onboardNsd(Sol005Packages.nsdYaml(Deployables.chainOf(nfs, List.of(vnf.descriptorId()))));
        assertThat(nsd.path("nsdOnboardingState").asString()).as(nsd.toString()).isEqualTo("ONBOARDED");
        String name = "v1 edge " + UUID.randomUUID().toString().substring(0, 6);

        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String subscription = api.create("/api/nslcm/v1/subscriptions", """
                            {"callbackUri":"%s","filter":{"notificationTypes":["NsLcmOperationOccurrenceNotification"]}}""".formatted(receiver.url()))
                    .path("id")
                    .asString();
            JsonNode instance =
                    api.create(INSTANCES, """
                    {"nsdId":"%s","nsName":"%s","nsDescription":"OSS v2.6.1"}""".formatted(nsd.path("nsdId").asString(), name));
            String self = INSTANCES + "/" + instance.path("id").asString();
            assertThat(instance.path("nsState").asString()).isEqualTo("NOT_INSTANTIATED");

            JsonNode done = follow(api.json("POST", self + "/instantiate", """
                    {"nsFlavourId":"default","additionalParamsForNs":{"targets":["%s"]}}""".formatted(host.name())));
            assertThat(done.path("operationState").asString())
                    .as(done.toString())
                    .isEqualTo("COMPLETED");
            assertThat(done.path("lcmOperationType").asString()).isEqualTo("INSTANTIATE");
            assertThat(done.path("_links").path("nsInstance").path("href").asString())
                    .isEqualTo(api.base() + self);
            JsonNode instantiated = api.read(self);
            assertThat(instantiated.path("nsState").asString()).isEqualTo("INSTANTIATED");
            assertThat(instantiated.path("nsInstanceName").asString()).isEqualTo(name);
            assertThat(api.read("/api/nslcm/v1/ns_lcm_op_occs?filter=(eq,nsInstanceId,"
                                    + instantiated.path("id").asString() + ")")
                            .findValuesAsString("id"))
                    .contains(done.path("id").asString());

            theSubscriberFollowedItInV1Terms(receiver, self, subscription);
            assertThat(follow(api.json("POST", self + "/terminate", "{}"))
                            .path("operationState")
                            .asString())
                    .isEqualTo("COMPLETED");
            v1(api.json("DELETE", self, null), 204);
            v1(api.json("DELETE", "/api/nslcm/v1/subscriptions/" + subscription, null), 204);
        }
        removeInSol005Order(nsd, pkg);
    }

    /** A task's 202 names its occurrence under v1; the occurrence is followed there to its end. */
    private JsonNode follow(HttpResponse<String> accepted) throws Exception {
        v1(accepted, 202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/api/"));
        assertThat(path).startsWith("/api/nslcm/v1/ns_lcm_op_occs/");
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> List.of("COMPLETED", "FAILED_TEMP", "FAILED", "ROLLED_BACK")
                        .contains(api.read(path).path("operationState").asString()));
        return api.read(path);
    }

    private void theSubscriberFollowedItInV1Terms(WebhookReceiver receiver, String self, String subscription) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(receiver.posts())
                        .extracting(p -> Sol005Client.parse(p.body())
                                .path("notificationStatus")
                                .asString())
                        .contains("START", "RESULT"));
        for (WebhookReceiver.Received post : receiver.posts()) {
            assertThat(post.header("Version")).isEqualTo("1.0.0");
            Sol005Schemas.checkNotification("/api/nslcm/v1", post.body());
            assertThat(post.body()).doesNotContain("/v2/");
            JsonNode links = Sol005Client.parse(post.body()).path("_links");
            assertThat(links.path("nsInstance").path("href").asString()).isEqualTo(api.base() + self);
            assertThat(Sol005Client.parse(post.body()).has("timestamp")).isTrue();
            assertThat(links.path("subscription").path("href").asString())
                    .isEqualTo(api.base() + "/api/nslcm/v1/subscriptions/" + subscription);
        }
    }

    private void removeInSol005Order(JsonNode nsd, JsonNode pkg) throws Exception {
        api.disableAndDelete(NSDS + "/" + nsd.path("id").asString(), "nsdOperationalState");
        api.disableAndDelete(PACKAGES + "/" + pkg.path("id").asString(), "operationalState");
    }
}
