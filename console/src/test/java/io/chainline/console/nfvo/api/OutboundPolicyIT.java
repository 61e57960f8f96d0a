package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.TestUsers;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19 through the SOL005 API: the test profile allow-lists 127.0.0.1 only, so 127.0.0.2 (a listening loopback
 * address like any other) stands for the console's own host a client must not reach through it.
 */
@IntegrationTest
class OutboundPolicyIT {

    private static final String PACKAGES = "/api/vnfpkgm/v2/vnf_packages";
    private static final String SECRET_KEY = "internalAdminToken";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    private Sol005Client api;
    private HttpServer allowed;
    private HttpServer hidden;

    @BeforeEach
    void start() throws Exception {
        TestUsers.ensure(users);
        api = Sol005Client.basic(port, TestUsers.OPERATOR);
        hidden = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        hidden.createContext("/", e -> {
            byte[] body = ("{\"" + SECRET_KEY + "\":\"hunter2\"}").getBytes(StandardCharsets.UTF_8);
            e.sendResponseHeaders(200, body.length);
            e.getResponseBody().write(body);
            e.close();
        });
        hidden.start();
        allowed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        allowed.createContext("/hop.csar", e -> {
            e.getResponseHeaders().set("Location", hiddenUrl() + "/pkg.csar");
            e.sendResponseHeaders(302, -1);
            e.close();
        });
        allowed.createContext("/status.json", e -> {
            byte[] body = ("{\"" + SECRET_KEY + "\":\"hunter2\",\"tosca\":1}").getBytes(StandardCharsets.UTF_8);
            e.sendResponseHeaders(200, body.length);
            e.getResponseBody().write(body);
            e.close();
        });
        allowed.start();
    }

    @AfterEach
    void stop() {
        hidden.stop(0);
        allowed.stop(0);
    }

    private String hiddenUrl() {
        return "http://127.0.0.2:" + hidden.getAddress().getPort();
    }

    private String allowedUrl() {
        return "http://127.0.0.1:" + allowed.getAddress().getPort();
    }

    private JsonNode fetch(String address) throws Exception {
        HttpResponse<String> created = api.json("POST", PACKAGES, "{}");
        String id = Sol005Client.tree(created).path("id").asString();
        HttpResponse<String> asked = api.json(
                "POST",
                PACKAGES + "/" + id + "/package_content/upload_from_uri",
                "{\"addressInformation\":\"" + address + "\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        JsonNode done =
                api.awaitState(PACKAGES + "/" + id, "onboardingState", Duration.ofSeconds(30), "ONBOARDED", "ERROR");
        assertThat(done.path("onboardingState").asString()).isEqualTo("ERROR");
        assertThat(done.toString()).doesNotContain(SECRET_KEY, "hunter2");
        return done.path("onboardingFailureDetails");
    }

    @Test
    void uploadFromUriToARefusedAddressEndsInErrorSayingOnlyThePolicyRefusedIt() throws Exception {
        int hiddenPort = hidden.getAddress().getPort();
        for (String address : new String[] {
            hiddenUrl() + "/pkg.csar",
            "http://2130706433:" + hiddenPort + "/pkg.csar",
            "http://0x7f000002:" + hiddenPort + "/pkg.csar",
            "http://[::ffff:127.0.0.2]:" + hiddenPort + "/pkg.csar",
            "http://169.254.169.254/latest/meta-data/",
            allowedUrl() + "/hop.csar"
        }) {
            JsonNode failure = fetch(address);
            assertThat(failure.path("code").asString()).as(address).isEqualTo("OUTBOUND-REFUSED");
            assertThat(failure.path("detail").asString())
                    .as(address)
                    .doesNotContain("127.0.0.2")
                    .doesNotContain(String.valueOf(hiddenPort));
        }
    }

    @Test
    void aBodyThatIsNoPackageIsDiscardedUnreadNotEchoedInTheFindings() throws Exception {
        JsonNode failure = fetch(allowedUrl() + "/status.json");

        assertThat(failure.path("code").asString()).isEqualTo("PACKAGE-NOT-A-PACKAGE");
    }

    @Test
    void aLoopbackCallbackNotAllowListedIsRefusedAlikeForOpenAndClosedPorts() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.2"))) {
            closed = probe.getLocalPort();
        }
        String subscriptions = "/api/nsd/v2/subscriptions";
        HttpResponse<String> open = api.json("POST", subscriptions, "{\"callbackUri\":\"" + hiddenUrl() + "/cb\"}");
        HttpResponse<String> shut =
                api.json("POST", subscriptions, "{\"callbackUri\":\"http://127.0.0.2:" + closed + "/cb\"}");

        for (HttpResponse<String> response : java.util.List.of(open, shut)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(Sol005Client.tree(response).path("code").asString()).isEqualTo("OUTBOUND-REFUSED");
        }
        assertThat(Sol005Client.tree(open).path("detail").asString())
                .isEqualTo(Sol005Client.tree(shut).path("detail").asString())
                .doesNotContain("127.0.0.2");
    }
}
