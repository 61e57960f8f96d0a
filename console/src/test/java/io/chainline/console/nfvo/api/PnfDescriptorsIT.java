package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainline.console.catalog.service.PnfCatalog;
import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.WebhookReceiver;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * SOL005 nsd/v2/pnf_descriptors as a SOL005 client drives it: create, upload the PNFD, follow onboarding to ONBOARDED
 * (or ERROR with its findings), list with SOL013 filters and selectors, read the content in its three forms, patch
 * the user's data, delete; and the PNFD notifications to an nsd subscription.
 */
@IntegrationTest
class PnfDescriptorsIT {

    private static final String COLLECTION = "/api/nsd/v2/pnf_descriptors";
    private static final Duration ONBOARDING = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    PnfCatalog catalog;

    private Sol005Client api;

    @BeforeEach
    void client() {
        TestUsers.ensure(users);
        api = Sol005Client.basic(port, TestUsers.OPERATOR);
    }

    /** A SOL001 v4.4.1 PNFD written for this test. */
    static String pnfd(String descriptorId) {
        return """
                tosca_definitions_version: tosca_simple_yaml_1_3
                imports:
                  - https://forge.etsi.org/rep/nfv/SOL001/raw/v4.4.1/etsi_nfv_sol001_common_types.yaml
                  - https://forge.etsi.org/rep/nfv/SOL001/raw/v4.4.1/etsi_nfv_sol001_pnfd_types.yaml
                topology_template:
                  node_templates:
                    cpe:
                      type: tosca.nodes.nfv.PNF
                      properties:
                        descriptor_id: %s
                        function_description: Customer premises router
                        provider: Acme
                        version: '3.2'
                        descriptor_invariant_id: cpe-invariant
                        name: AcmeCPE
                    cpe_wan:
                      type: tosca.nodes.nfv.PnfExtCp
                      properties: { layer_protocols: [ ipv4 ] }
                """.formatted(descriptorId);
    }

    private String create() throws Exception {
        HttpResponse<String> created = api.json("POST", COLLECTION, "{\"userDefinedData\":{\"site\":\"lab-1\"}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode info = Sol005Client.tree(created);
        String id = info.path("id").asString();
        assertThat(created.headers().firstValue("Location")).contains(api.base() + COLLECTION + "/" + id);
        assertThat(info.path("pnfdOnboardingState").asString()).isEqualTo("CREATED");
        assertThat(info.path("pnfdUsageState").asString()).isEqualTo("NOT_IN_USE");
        assertThat(info.path("userDefinedData").path("site").asString()).isEqualTo("lab-1");
        assertThat(info.path("_links").path("pnfd_content").path("href").asString())
                .isEqualTo(api.base() + COLLECTION + "/" + id + "/pnfd_content");
        assertThat(info.has("nsdOperationalState") || info.has("operationalState"))
                .isFalse();
        return id;
    }

    private void upload(String id, String yaml) throws Exception {
        HttpResponse<String> put = api.send(
                "PUT", COLLECTION + "/" + id + "/pnfd_content", "text/plain", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(202);
    }

    @Test
    void aPnfdIsOnboardedReadFilteredPatchedAndDeletedAsSol005Says() throws Exception {
        String descriptorId = "pnfd-" + UUID.randomUUID();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            HttpResponse<String> subscription =
                    api.json("POST", "/api/nsd/v2/subscriptions", """
                    {"callbackUri":"%s","filter":{"notificationTypes":["PnfdOnBoardingNotification",
                     "PnfdOnBoardingFailureNotification","PnfdDeletionNotification"]}}""".formatted(receiver.url()));
            assertThat(subscription.statusCode()).as(subscription.body()).isEqualTo(201);
            String id = create();

            upload(id, pnfd(descriptorId));

            JsonNode info =
                    api.awaitState(COLLECTION + "/" + id, "pnfdOnboardingState", ONBOARDING, "ONBOARDED", "ERROR");
            assertThat(info.path("pnfdOnboardingState").asString())
                    .as(info.toString())
                    .isEqualTo("ONBOARDED");
            assertThat(info.path("pnfdId").asString()).isEqualTo(descriptorId);
            assertThat(info.path("pnfdName").asString()).isEqualTo("AcmeCPE");
            assertThat(info.path("pnfdersion").asString()).isEqualTo("3.2");
            assertThat(info.path("pnfdProvider").asString()).isEqualTo("Acme");
            assertThat(info.path("pnfdInvariantId").asString()).isEqualTo("cpe-invariant");
            assertThat(catalog.byDescriptorId(descriptorId)).isPresent();

            theListFiltersAndSelects(id, descriptorId);
            theContentComesInItsThreeForms(id, descriptorId);
            onlyTheUsersDataIsPatched(id);

            assertThat(api.send("DELETE", COLLECTION + "/" + id, null, null).statusCode())
                    .isEqualTo(204);
            assertThat(api.get(COLLECTION + "/" + id).statusCode()).isEqualTo(404);
            assertThat(catalog.byDescriptorId(descriptorId)).isEmpty();
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(types(receiver))
                            .contains("PnfdOnBoardingNotification", "PnfdDeletionNotification"));
            JsonNode onboarded = receiver.posts().stream()
                    .map(p -> Sol005Client.parse(p.body()))
                    .filter(n -> n.path("notificationType").asString().equals("PnfdOnBoardingNotification"))
                    .filter(n -> n.path("pnfdInfoId").asString().equals(id))
                    .findFirst()
                    .orElseThrow();
            assertThat(onboarded.path("pnfdId").asString()).isEqualTo(descriptorId);
            assertThat(onboarded.path("_links").path("pnfdInfo").path("href").asString())
                    .isEqualTo(api.base() + COLLECTION + "/" + id);
            assertThat(onboarded
                            .path("_links")
                            .path("subscription")
                            .path("href")
                            .asString())
                    .startsWith(api.base() + "/api/nsd/v2/subscriptions/");
        }
    }

    private void theListFiltersAndSelects(String id, String descriptorId) throws Exception {
        JsonNode onboarded = api.read(COLLECTION + "?filter=(eq,pnfdId," + descriptorId + ")");
        assertThat(onboarded).hasSize(1);
        assertThat(onboarded.get(0).path("id").asString()).isEqualTo(id);
        assertThat(onboarded.get(0).has("userDefinedData"))
                .as("excluded by default")
                .isFalse();
        assertThat(api.read(COLLECTION + "?filter=(eq,pnfdId," + descriptorId + ");(eq,pnfdOnboardingState,ERROR)"))
                .isEmpty();
        JsonNode selected = api.read(COLLECTION + "?filter=(eq,pnfdId," + descriptorId + ")&fields=userDefinedData")
                .get(0);
        assertThat(selected.path("pnfdName").asString()).isEqualTo("AcmeCPE");
        assertThat(selected.path("userDefinedData").path("site").asString()).isEqualTo("lab-1");
        assertThat(api.get(COLLECTION + "?filter=(eq,nsdId,x)").statusCode())
                .as("an attribute PnfdInfo does not have")
                .isEqualTo(400);
    }

    private void theContentComesInItsThreeForms(String id, String descriptorId) throws Exception {
        String content = COLLECTION + "/" + id + "/pnfd_content";
        HttpResponse<byte[]> asUploaded = api.bytes(content, "application/octet-stream");
        assertThat(asUploaded.statusCode()).isEqualTo(200);
        assertThat(new String(asUploaded.body(), StandardCharsets.UTF_8)).isEqualTo(pnfd(descriptorId));
        HttpResponse<byte[]> yaml = api.bytes(content, "text/plain");
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(new String(yaml.body(), StandardCharsets.UTF_8))
                .contains("tosca.nodes.nfv.PNF", descriptorId, "cpe_wan");
        HttpResponse<byte[]> zip = api.bytes(content, "application/zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            assertThat(entries.getNextEntry()).isNotNull();
            assertThat(new String(entries.readAllBytes(), StandardCharsets.UTF_8))
                    .contains(descriptorId);
        }
        HttpResponse<String> pnfd = api.get(COLLECTION + "/" + id + "/pnfd");
        assertThat(pnfd.statusCode()).isEqualTo(200);
        assertThat(pnfd.body()).contains("descriptor_id: " + descriptorId);
    }

    private void onlyTheUsersDataIsPatched(String id) throws Exception {
        HttpResponse<String> patched = api.send(
                "PATCH",
                COLLECTION + "/" + id,
                "application/merge-patch+json",
                "{\"userDefinedData\":{\"site\":null,\"rack\":\"B4\"}}".getBytes(StandardCharsets.UTF_8));
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        JsonNode data = api.read(COLLECTION + "/" + id).path("userDefinedData");
        assertThat(data.path("rack").asString()).isEqualTo("B4");
        assertThat(data.has("site")).isFalse();
        HttpResponse<String> state = api.send(
                "PATCH",
                COLLECTION + "/" + id,
                "application/merge-patch+json",
                "{\"operationalState\":\"DISABLED\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(state.statusCode()).isEqualTo(422);
        assertThat(Sol005Client.tree(state).path("code").asString()).isEqualTo("PNFD-NO-OPERATIONAL-STATE");
    }

    @Test
    void aFileThatIsNoPnfdEndsInErrorWithItsFindingsAndCanBeUploadedAgain() throws Exception {
        String id = create();

        upload(id, pnfd("x").replace("tosca.nodes.nfv.PNF\n", "tosca.nodes.nfv.NoSuchType\n"));

        JsonNode info = api.awaitState(COLLECTION + "/" + id, "pnfdOnboardingState", ONBOARDING, "ONBOARDED", "ERROR");
        assertThat(info.path("pnfdOnboardingState").asString()).isEqualTo("ERROR");
        assertThat(info.path("onboardingFailureDetails").path("status").asInt()).isEqualTo(422);
        assertThat(info.path("onboardingFailureDetails").path("detail").asString())
                .contains("NoSuchType");
        assertThat(api.bytes(COLLECTION + "/" + id + "/pnfd_content", "text/plain")
                        .statusCode())
                .isEqualTo(409);

        String descriptorId = "pnfd-again-" + UUID.randomUUID();
        upload(id, pnfd(descriptorId));
        assertThat(api.awaitState(COLLECTION + "/" + id, "pnfdOnboardingState", ONBOARDING, "ONBOARDED", "ERROR")
                        .path("pnfdOnboardingState")
                        .asString())
                .isEqualTo("ONBOARDED");
        assertThat(api.send("DELETE", COLLECTION + "/" + id, null, null).statusCode())
                .isEqualTo(204);
    }

    private static List<String> types(WebhookReceiver receiver) {
        return receiver.posts().stream()
                .map(p -> Sol005Client.parse(p.body()).path("notificationType").asString())
                .toList();
    }
}
