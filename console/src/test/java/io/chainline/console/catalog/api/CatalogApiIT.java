package io.chainline.console.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.LocalRegistries;
import io.chainline.console.support.TestUsers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The catalog as automation uses it: JSON in and out, ETag/If-Match, problem+json refusals, packages, roles. */
@IntegrationTest
class CatalogApiIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @BeforeEach
    void users() {
        TestUsers.ensure(users);
    }

    private HttpResponse<byte[]> call(
            String method, String path, String user, String contentType, byte[] body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + TestUsers.passwordOf(user))
                                                .getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode body(HttpResponse<byte[]> response) {
        return json.readTree(response.body());
    }

    private String firewallJson() throws Exception {
        // the demo firewall, fetched the way a client gets any descriptor, renamed as a product of its own
        HttpResponse<byte[]> list =
                call("GET", "/api/v1/catalog/vnfs?q=vFirewall&state=PUBLISHED", TestUsers.VIEWER, null, null);
        String id = body(list).get(0).get("id").asString();
        JsonNode descriptor = body(call("GET", "/api/v1/catalog/vnfs/" + id, TestUsers.VIEWER, null, null))
                .get("descriptor");
        ((tools.jackson.databind.node.ObjectNode) descriptor.get("identity"))
                .put("productName", "api-fw-" + UUID.randomUUID());
        return json.writeValueAsString(descriptor);
    }

    @Test
    void aDraftIsCreatedEditedWithIfMatchAndAStaleEditIsAConflict() throws Exception {
        HttpResponse<byte[]> created = call(
                "POST",
                "/api/v1/catalog/vnfs",
                TestUsers.OPERATOR,
                "application/json",
                firewallJson().getBytes(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String etag = created.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> read = call("GET", location, TestUsers.VIEWER, null, null);
        String descriptor = json.writeValueAsString(body(read).get("descriptor"));
        HttpResponse<byte[]> saved = call(
                "PUT",
                location,
                TestUsers.OPERATOR,
                "application/json",
                descriptor.getBytes(StandardCharsets.UTF_8),
                "If-Match",
                etag);
        HttpResponse<byte[]> stale = call(
                "PUT",
                location,
                TestUsers.OPERATOR,
                "application/json",
                descriptor.getBytes(StandardCharsets.UTF_8),
                "If-Match",
                etag);

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(body(stale).get("code").asString()).isEqualTo("CATALOG-CONFLICT");
    }

    @Test
    void aViewerReadsButCannotChangeTheCatalog() throws Exception {
        HttpResponse<byte[]> refused = call(
                "POST",
                "/api/v1/catalog/vnfs",
                TestUsers.VIEWER,
                "application/json",
                firewallJson().getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/v1/catalog/vnfs", TestUsers.VIEWER, null, null)
                        .headers()
                        .firstValue("X-Total-Count"))
                .isPresent();
    }

    @Test
    void aPackageDownloadedFromTheApiImportsAgainAsANewProduct() throws Exception {
        HttpResponse<byte[]> created = call(
                "POST",
                "/api/v1/catalog/vnfs",
                TestUsers.OPERATOR,
                "application/json",
                firewallJson().getBytes(StandardCharsets.UTF_8));
        String location = created.headers().firstValue("Location").orElseThrow();

        HttpResponse<byte[]> csar = call("GET", location + "/package", TestUsers.VIEWER, null, null);
        assertThat(csar.statusCode()).isEqualTo(200);
        assertThat(csar.headers().firstValue("Content-Disposition"))
                .get()
                .asString()
                .contains(".csar");
        HttpResponse<byte[]> yaml = call("GET", location + "/sol001?edition=4.4.1", TestUsers.VIEWER, null, null);
        assertThat(new String(yaml.body(), StandardCharsets.UTF_8)).contains("tosca_simple_yaml_1_3");

        HttpResponse<byte[]> imported = upload(csar.body(), "fw.csar", "api-fw-copy-" + UUID.randomUUID());
        assertThat(imported.statusCode()).isEqualTo(201);
        assertThat(body(imported).get("stored").get("state").asString()).isEqualTo("DRAFT");

        // what the import said stays with the draft; the version designed through the API has no import report
        String importedId = body(imported).get("stored").get("id").asString();
        HttpResponse<byte[]> report =
                call("GET", "/api/v1/catalog/vnfs/" + importedId + "/import-report", TestUsers.VIEWER, null, null);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(body(report).get("fileName").asString()).isEqualTo("fw.csar");
        assertThat(body(report).get("profile").asString()).isEqualTo("interop");
        assertThat(body(report).get("sha256").asString()).hasSize(64);
        assertThat(body(report).get("importedBy").asString()).isEqualTo(TestUsers.OPERATOR);
        assertThat(body(report).get("summary").asString()).startsWith("Imported from fw.csar with the interop profile");
        assertThat(body(report).get("findings").isArray()).isTrue();
        HttpResponse<byte[]> designed = call("GET", location + "/import-report", TestUsers.VIEWER, null, null);
        assertThat(designed.statusCode()).isEqualTo(404);
        assertThat(body(designed).get("code").asString()).isEqualTo("CATALOG-NOT-IMPORTED");
    }

    @Test
    void aRejectedUploadIs422WithEveryIssueLocated() throws Exception {
        byte[] broken =
                "tosca_definitions_version: tosca_simple_yaml_1_3\nnode_types: [\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<byte[]> response = upload(broken, "broken.yaml", null);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = body(response);
        assertThat(problem.get("code").asString()).isEqualTo("CATALOG-IMPORT-REJECTED");
        JsonNode issue = problem.get("issues").get(0);
        assertThat(issue.get("code").asString()).isEqualTo("YAML-SYNTAX");
        assertThat(issue.get("file").asString()).isEqualTo("broken.yaml");
        assertThat(issue.get("line").asInt()).isPositive();
    }

    @Test
    void aRejectedUploadSaysWhichProfileJudgedIt() throws Exception {
        byte[] broken =
                "tosca_definitions_version: tosca_simple_yaml_1_3\nnode_types: [\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<byte[]> byDefault = uploadAs(broken, "broken.yaml", TestUsers.OPERATOR);
        HttpResponse<byte[]> strict = uploadAs(broken, "broken.yaml", TestUsers.OPERATOR, "profile", "strict");
        HttpResponse<byte[]> unknown = uploadAs(broken, "broken.yaml", TestUsers.OPERATOR, "profile", "lenient");

        assertThat(body(byDefault).get("profile").asString()).isEqualTo("interop");
        assertThat(body(strict).get("profile").asString()).isEqualTo("strict");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(body(unknown).get("code").asString()).isEqualTo("CATALOG-PROFILE-UNKNOWN");
    }

    @Test
    void aSignatureOverrideByAnyoneButAnAdminIs403ProblemJson() throws Exception {
        byte[] yaml = "tosca_definitions_version: tosca_simple_yaml_1_3\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<byte[]> response = uploadAs(
                yaml, "fw.yaml", TestUsers.OPERATOR, "override-signature", "true", "reason", "vendor ticket 7");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(body(response).get("code").asString()).isEqualTo("CATALOG-OVERRIDE-ADMIN");
    }

    @Test
    void anImageResolvesThroughTheApiAndItsArchitecturesAreListed() throws Exception {
        String reference = LocalRegistries.anonymous().get("MULTI_REF");
        HttpResponse<byte[]> response = call(
                "POST",
                "/api/v1/catalog/images/resolve",
                TestUsers.OPERATOR,
                "application/json",
                ("{\"reference\":\"" + reference + "\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).get("architectures").toString()).isEqualTo("[\"amd64\",\"arm64\"]");
    }

    @Test
    void theOpenApiDocumentDescribesTheCatalog() throws Exception {
        HttpResponse<byte[]> response = call("GET", "/api/docs", TestUsers.VIEWER, null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .contains("/api/v1/catalog/vnfs/{id}/package")
                .contains("/api/v1/catalog/imports");
    }

    private HttpResponse<byte[]> upload(byte[] file, String name, String productName) throws Exception {
        return productName == null
                ? uploadAs(file, name, TestUsers.OPERATOR)
                : uploadAs(file, name, TestUsers.OPERATOR, "productName", productName);
    }

    /** A multipart upload with more form fields, given as name, value pairs. */
    private HttpResponse<byte[]> uploadAs(byte[] file, String name, String user, String... fields) throws Exception {
        String boundary = "----chainline" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        for (int i = 0; i < fields.length; i += 2) {
            body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                            + fields[i + 1])
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return call(
                "POST",
                "/api/v1/catalog/imports",
                user,
                "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
    }
}
