package io.chainline.console.chain.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.catalog.service.ModelJson;
import io.chainline.console.chain.service.DemoChains;
import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.TestUsers;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.NsIdentity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A chain through the API: created from the model's JSON, drawn as SVG, its problems listed with engine codes. */
@IntegrationTest
class ChainsApiIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ModelJson json;

    private HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
        TestUsers.ensure(users);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + TestUsers.passwordOf(user))
                                                .getBytes(StandardCharsets.UTF_8)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aChainIsCreatedDrawnAndItsProblemsListed() throws Exception {
        NsDescriptor line = DemoChains.vcpe();
        NsIdentity id = line.identity();
        NsDescriptor vcpe = new NsDescriptor(
                new NsIdentity(
                        id.nodeType(),
                        id.descriptorId(),
                        id.designer(),
                        id.version(),
                        "api-vcpe-" + UUID.randomUUID().toString().substring(0, 6),
                        id.invariantId(),
                        id.flavourId()),
                line.vnfs(),
                line.saps(),
                line.virtualLinks(),
                line.forwarders(),
                line.forwardingGraphs(),
                List.of());

        HttpResponse<String> created = call("POST", "/api/v1/chains", TestUsers.OPERATOR, json.write(vcpe));
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> svg = call("GET", location + "/picture.svg", TestUsers.VIEWER, null);
        assertThat(svg.headers().firstValue("Content-Type")).get().asString().startsWith("image/svg+xml");
        assertThat(svg.body()).contains("data-node=\"firewall\"").contains("data-hop=\"2\"");

        HttpResponse<String> problems = call("GET", location + "/problems", TestUsers.VIEWER, null);
        assertThat(problems.body()).contains("NS-VNF-NOT-PUBLISHED").contains("vnfs.classifier");

        HttpResponse<String> refused = call("POST", "/api/v1/chains", TestUsers.VIEWER, json.write(vcpe));
        assertThat(refused.statusCode()).isEqualTo(403);

        String copyName = vcpe.identity().name() + " for ACME";
        HttpResponse<String> clone =
                call("POST", location + "/clones", TestUsers.OPERATOR, "{\"name\":\"" + copyName + "\"}");
        assertThat(clone.statusCode()).isEqualTo(201);
        String copy = call("GET", clone.headers().firstValue("Location").orElseThrow(), TestUsers.VIEWER, null)
                .body();
        assertThat(copy)
                .contains(copyName)
                .contains("\"version\":\"1.0\"") // the copy has a descriptor id of its own (a bare substring check also
                // hit chain names such as "vcpe-13…")
                .doesNotContain("\"descriptorId\":\"" + id.descriptorId() + "\"");
        HttpResponse<String> diff = call(
                "GET",
                location + "/diff/"
                        + clone.headers().firstValue("Location").orElseThrow().substring("/api/v1/chains/".length()),
                TestUsers.VIEWER,
                null);
        assertThat(diff.body()).contains("identity.name").doesNotContain("forwardingGraphs");

        HttpResponse<String> nameless = call("POST", location + "/clones", TestUsers.OPERATOR, "{}");
        assertThat(nameless.statusCode()).isEqualTo(422);
        assertThat(nameless.body()).contains("CHAIN-FIELD-MISSING");
    }
}
