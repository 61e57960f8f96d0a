package io.chainline.console.catalog.service.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.chainline.console.base.service.OutboundHttp;
import io.chainline.console.base.service.OutboundPolicy;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Bearer token flow (Docker Hub, Harbor, GitLab) and the digest check, against a small in-process server that
 * speaks the protocol: Debian's registry offers Basic auth only, which RegistryClientIT covers for real.
 */
class RegistryBearerTest {

    private static final String INDEX = """
            {"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[
             {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":1,
              "platform":{"architecture":"arm64","os":"linux"}},
             {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":1,
              "platform":{"architecture":"unknown","os":"unknown"}}]}
            """.formatted("1".repeat(64), "2".repeat(64));

    private HttpServer server;
    private String registry;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        registry = "127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/token", this::token);
        server.createContext("/v2/", this::manifest);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void token(HttpExchange exchange) throws IOException {
        String expected =
                "Basic " + Base64.getEncoder().encodeToString("robot:s3cret".getBytes(StandardCharsets.UTF_8));
        boolean scoped = exchange.getRequestURI().getRawQuery().contains("scope=repository%3Aacme%2Farm-only%3Apull");
        if (expected.equals(exchange.getRequestHeaders().getFirst("Authorization")) && scoped) {
            reply(exchange, 200, "{\"token\":\"t0ken\"}", null);
        } else {
            reply(exchange, 401, "{}", null);
        }
    }

    private void manifest(HttpExchange exchange) throws IOException {
        if (!"Bearer t0ken".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.getResponseHeaders()
                    .add(
                            "WWW-Authenticate",
                            "Bearer realm=\"http://" + registry + "/token\",service=\"stub\","
                                    + "scope=\"repository:acme/arm-only:pull\"");
            reply(exchange, 401, "{}", null);
            return;
        }
        byte[] body = INDEX.getBytes(StandardCharsets.UTF_8);
        String digest = exchange.getRequestURI().getPath().contains("tampered")
                ? "sha256:" + "0".repeat(64)
                : "sha256:" + RegistryClient.sha256(body);
        reply(exchange, 200, INDEX, digest);
    }

    private static void reply(HttpExchange exchange, int status, String body, String digest) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", RegistryClient.OCI_INDEX);
        if (digest != null) {
            exchange.getResponseHeaders().add("Docker-Content-Digest", digest);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void aBearerChallengeIsAnsweredWithATokenForTheRepositoryScope() {
        ResolvedImage image = new RegistryClient(Set.of(), new OutboundHttp(OutboundPolicy.of("127.0.0.1")))
                .resolve(
                        ImageReference.parse(registry + "/acme/arm-only:1"),
                        Optional.of(new RegistryCredentials("robot", "s3cret")));

        assertThat(image.platforms())
                .as("attestation entries are not platforms")
                .containsExactly("linux/arm64");
        assertThat(image.digest()).startsWith("sha256:");
    }

    @Test
    void aTokenServiceThatRefusesTheCredentialsIsReported() {
        assertThatThrownBy(() -> new RegistryClient(Set.of(), new OutboundHttp(OutboundPolicy.of("127.0.0.1")))
                        .resolve(
                                ImageReference.parse(registry + "/acme/arm-only:1"),
                                Optional.of(new RegistryCredentials("robot", "wrong"))))
                .hasFieldOrPropertyWithValue("code", "REGISTRY-AUTH-REFUSED");
    }

    @Test
    void aManifestThatDoesNotHashToItsClaimedDigestIsRefused() {
        assertThatThrownBy(() -> new RegistryClient(Set.of(), new OutboundHttp(OutboundPolicy.of("127.0.0.1")))
                        .resolve(
                                ImageReference.parse(registry + "/acme/tampered:1"),
                                Optional.of(new RegistryCredentials("robot", "s3cret"))))
                .hasFieldOrPropertyWithValue("code", "IMAGE-DIGEST-MISMATCH");
    }

    @Test
    void aLoopbackRegistryTheLabDidNotAllowListIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> new RegistryClient(Set.of(), new OutboundHttp(OutboundPolicy.of("")))
                        .resolve(
                                ImageReference.parse(registry + "/acme/arm-only:1"),
                                Optional.of(new RegistryCredentials("robot", "s3cret"))))
                .hasFieldOrPropertyWithValue("code", "OUTBOUND-REFUSED")
                .hasMessageContaining("loopback")
                .hasMessageContaining("chainline.outbound.allow");
    }
}
