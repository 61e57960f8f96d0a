package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.TestUsers;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * SOL005/SOL013 notification endpoints as an OSS runs them, on a real HTTP receiver: the console tests the callback
 * with a GET (204) carrying the subscription's authentication and the API's {@code Version} before it creates
 * anything, and each notification is a POST with the same, as JSON. OAuth 2.0 tokens come from the subscriber's
 * token endpoint, are reused, and are renewed once when the subscriber answers 401.
 */
@IntegrationTest
class SubscriptionCallbackIT {

    private static final String NSDS = "/api/nsd/v2/ns_descriptors";
    private static final String NSD_SUBSCRIPTIONS = "/api/nsd/v2/subscriptions";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    private Sol005Client api;

    @BeforeEach
    void client() {
        TestUsers.ensure(users);
        api = Sol005Client.basic(port, TestUsers.OPERATOR);
    }

    @Test
    void aBasicCallbackIsTestedWithItsCredentialsAndVersionThenNotifiedAlike() throws Exception {
        try (SubscriberEndpoint oss = new SubscriberEndpoint().basic("oss", "basic-s3cret")) {
            String nsd = createNsd();
            HttpResponse<String> created = api.json("POST", NSD_SUBSCRIPTIONS, """
                    {"callbackUri":"%s","filter":{"nsdInfoId":["%s"]},
                     "authentication":{"authType":["BASIC"],"paramsBasic":{"userName":"oss","password":"basic-s3cret"}}}
                    """.formatted(oss.callback(), nsd));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            SubscriberEndpoint.Received test = oss.at("GET", "/notifications").getFirst();
            assertThat(test.header("Authorization")).isEqualTo(basic("oss", "basic-s3cret"));
            assertThat(test.header("Version")).isEqualTo("2.0.0");
            String location = created.headers().firstValue("Location").orElseThrow();
            neverShowsSecrets(location, "basic-s3cret");

            deleteNsd(nsd);
            SubscriberEndpoint.Received post = await().atMost(Duration.ofSeconds(20))
                    .until(() -> oss.at("POST", "/notifications"), l -> !l.isEmpty())
                    .getFirst();
            assertThat(post.header("Authorization")).isEqualTo(basic("oss", "basic-s3cret"));
            assertThat(post.header("Version")).isEqualTo("2.0.0");
            assertThat(post.header("Content-Type")).startsWith("application/json");
            JsonNode notification = Sol005Client.parse(post.body());
            assertThat(notification.path("notificationType").asString()).isEqualTo("NsdDeletionNotification");
            assertThat(notification.path("nsdInfoId").asString()).isEqualTo(nsd);
            assertThat(notification
                            .path("_links")
                            .path("subscription")
                            .path("href")
                            .asString())
                    .isEqualTo(location);
            assertThat(api.send("DELETE", location, null, null).statusCode()).isEqualTo(204);
        }
    }

    @Test
    void aCallbackThatFailsTheTestCreatesNothingAndTheProblemSaysWhatItAnswered() throws Exception {
        try (SubscriberEndpoint oss = new SubscriberEndpoint().basic("oss", "right-password")) {
            JsonNode wrong = problem(
                    subscribe(NSD_SUBSCRIPTIONS, oss.callback(), basicAuth("oss", "wrong-password")),
                    "SUBSCRIPTION-CALLBACK-AUTH-REJECTED");
            assertThat(wrong.path("detail").asString()).contains("401").doesNotContain("wrong-password");

            oss.answeringTest(200);
            JsonNode ok = problem(
                    subscribe(NSD_SUBSCRIPTIONS, oss.callback(), basicAuth("oss", "right-password")),
                    "SUBSCRIPTION-CALLBACK-TEST-FAILED");
            assertThat(ok.path("detail").asString()).contains("200", "204");
            assertThat(oss.at("GET", "/notifications")).hasSize(2);
            assertThat(subscribedTo(NSD_SUBSCRIPTIONS, oss.callback())).isEmpty();
        }
        String closed = "http://127.0.0.1:" + freePort() + "/notifications";
        problem(subscribe(NSD_SUBSCRIPTIONS, closed, ""), "SUBSCRIPTION-CALLBACK-UNREACHABLE");
        assertThat(subscribedTo(NSD_SUBSCRIPTIONS, closed)).isEmpty();
    }

    @Test
    void anOauth2CallbackGetsATokenFromItsEndpointReusesItAndRenewsItOnceOn401() throws Exception {
        try (SubscriberEndpoint oss = new SubscriberEndpoint().oauth2("chainline", "client-s3cret")) {
            String nsd = createNsd();
            HttpResponse<String> created =
                    api.json("POST", NSD_SUBSCRIPTIONS, """
                    {"callbackUri":"%s","filter":{"nsdInfoId":["%s"]},
                     "authentication":{"authType":["TLS_CERT","OAUTH2_CLIENT_CREDENTIALS"],
                       "paramsOauth2ClientCredentials":{"clientId":"chainline","clientPassword":"client-s3cret",
                                                        "tokenEndpoint":"%s"}}}
                    """.formatted(oss.callback(), nsd, oss.tokenEndpoint()));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(Sol005Client.tree(created).path("authType").asString()).isEqualTo("OAUTH2_CLIENT_CREDENTIALS");
            SubscriberEndpoint.Received grant = oss.at("POST", "/token").getFirst();
            assertThat(grant.header("Authorization")).isEqualTo(basic("chainline", "client-s3cret"));
            assertThat(grant.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
            assertThat(oss.at("GET", "/notifications").getFirst().header("Authorization"))
                    .isEqualTo("Bearer token-1");
            String location = created.headers().firstValue("Location").orElseThrow();
            neverShowsSecrets(location, "client-s3cret");

            oss.revokeTokens(); // the next POST is answered 401: the console gets a new token and tries once more
            deleteNsd(nsd);
            List<SubscriberEndpoint.Received> posts = await().atMost(Duration.ofSeconds(20))
                    .until(() -> oss.at("POST", "/notifications"), l -> l.size() >= 2);
            assertThat(posts.get(0).header("Authorization")).isEqualTo("Bearer token-1");
            assertThat(posts.get(1).header("Authorization")).isEqualTo("Bearer token-2");
            assertThat(posts.get(1).header("Version")).isEqualTo("2.0.0");
            assertThat(posts.get(1).body()).isEqualTo(posts.get(0).body());
            assertThat(oss.tokensIssued()).isEqualTo(2);
            assertThat(api.send("DELETE", location, null, null).statusCode()).isEqualTo(204);
        }
    }

    @Test
    void aTokenEndpointThatRefusesTheClientOrAnUnofferedTypeCreatesNothing() throws Exception {
        try (SubscriberEndpoint oss = new SubscriberEndpoint().oauth2("chainline", "right")) {
            String wrongClient = """
                    ,"authentication":{"authType":["OAUTH2_CLIENT_CREDENTIALS"],
                      "paramsOauth2ClientCredentials":{"clientId":"chainline","clientPassword":"wrong","tokenEndpoint":"%s"}}
                    """.formatted(oss.tokenEndpoint());
            JsonNode refused =
                    problem(subscribe(NSD_SUBSCRIPTIONS, oss.callback(), wrongClient), "SUBSCRIPTION-TOKEN-FAILED");
            assertThat(refused.path("detail").asString()).contains("401").doesNotContain("wrong\"");
            assertThat(oss.at("GET", "/notifications")).isEmpty();
            problem(
                    subscribe(NSD_SUBSCRIPTIONS, oss.callback(), ",\"authentication\":{\"authType\":[\"TLS_CERT\"]}"),
                    "SUBSCRIPTION-AUTH-INVALID");
            assertThat(subscribedTo(NSD_SUBSCRIPTIONS, oss.callback())).isEmpty();
        }
    }

    @Test
    void anHmacCallbackGetsEachNotificationSignedOverTimestampAndBody() throws Exception {
        String key = "hmac-key-0123456789abcdef";
        try (SubscriberEndpoint oss = new SubscriberEndpoint()) {
            String nsd = createNsd();
            HttpResponse<String> created = api.json("POST", NSD_SUBSCRIPTIONS, """
                    {"callbackUri":"%s","filter":{"nsdInfoId":["%s"]},
                     "authentication":{"authType":["HMAC_SHA256"],"paramsHmac":{"secret":"%s"}}}
                    """.formatted(oss.callback(), nsd, key));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String location = created.headers().firstValue("Location").orElseThrow();
            neverShowsSecrets(location, key);
            deleteNsd(nsd);
            SubscriberEndpoint.Received post = await().atMost(Duration.ofSeconds(20))
                    .until(() -> oss.at("POST", "/notifications"), l -> !l.isEmpty())
                    .getFirst();
            String timestamp = post.header("X-Chainline-Timestamp");
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = java.util.HexFormat.of()
                    .formatHex(mac.doFinal((timestamp + "." + post.body()).getBytes(StandardCharsets.UTF_8)));
            assertThat(post.header("X-Chainline-Signature")).isEqualTo("sha256=" + expected);
            assertThat(post.header("Version")).isEqualTo("2.0.0");
            assertThat(api.send("DELETE", location, null, null).statusCode()).isEqualTo(204);
        }
    }

    @Test
    void eachApiTestsTheCallbackWithItsOwnVersion() throws Exception {
        try (SubscriberEndpoint oss = new SubscriberEndpoint()) {
            for (String collection : List.of(
                    "/api/vnfpkgm/v2/subscriptions", "/api/nslcm/v2/subscriptions", "/api/nsfm/v1/subscriptions")) {
                HttpResponse<String> created = subscribe(collection, oss.callback(), "");
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                assertThat(oss.at("GET", "/notifications").getLast().header("Version"))
                        .as(collection)
                        .isEqualTo(collection.contains("/v1/") ? "1.0.0" : "2.0.0");
                String location = created.headers().firstValue("Location").orElseThrow();
                assertThat(location).startsWith(api.base() + collection + "/");
                assertThat(api.send("DELETE", location, null, null).statusCode())
                        .isEqualTo(204);
            }
        }
    }

    private HttpResponse<String> subscribe(String collection, String callback, String authentication) throws Exception {
        return api.json("POST", collection, "{\"callbackUri\":\"" + callback + "\"" + authentication + "}");
    }

    private static String basicAuth(String user, String password) {
        return ",\"authentication\":{\"authType\":[\"BASIC\"],\"paramsBasic\":{\"userName\":\"" + user
                + "\",\"password\":\"" + password + "\"}}";
    }

    private void neverShowsSecrets(String location, String secret) throws Exception {
        HttpResponse<String> one = api.get(location);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).doesNotContain(secret, "password", "Password", "paramsBasic", "paramsOauth2");
        assertThat(api.get(location.substring(0, location.lastIndexOf('/'))).body())
                .doesNotContain(secret);
    }

    private List<JsonNode> subscribedTo(String collection, String callback) throws Exception {
        List<JsonNode> matching = new java.util.ArrayList<>();
        api.read(collection).forEach(s -> {
            if (s.path("callbackUri").asString().equals(callback)) {
                matching.add(s);
            }
        });
        return matching;
    }

    private String createNsd() throws Exception {
        HttpResponse<String> created = api.json("POST", NSDS, "{}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Sol005Client.tree(created).path("id").asString();
    }

    private void deleteNsd(String id) throws Exception {
        assertThat(api.send("DELETE", NSDS + "/" + id, null, null).statusCode()).isEqualTo(204);
    }

    private static JsonNode problem(HttpResponse<String> response, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = Sol005Client.tree(response);
        assertThat(problem.path("code").asString()).isEqualTo(code);
        return problem;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
