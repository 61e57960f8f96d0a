package io.chainline.console.catalog.service.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsServer;
import io.chainline.console.base.service.OutboundAllowList;
import io.chainline.console.base.service.OutboundHttp;
import io.chainline.console.base.service.OutboundPolicy;
import io.chainline.console.support.TestTls;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry client over HTTPS the way Docker Hub is laid out: the registry ({@code registry.test}) challenges with
 * Bearer, the token comes from another host ({@code auth.test}), blobs redirect to a CDN ({@code cdn.test}). All three
 * names resolve to 127.0.0.1 (allow-listed) through the injected resolver and present one test certificate for their
 * names; nothing leaves the machine.
 */
class RegistryHttpsTest {

    private static final Set<String> NAMES = Set.of("registry.test", "auth.test", "cdn.test");
    private static final String MANIFEST = "{\"schemaVersion\":2,\"mediaType\":\"" + RegistryClient.OCI_INDEX
            + "\",\"manifests\":[{\"digest\":\"sha256:" + "1".repeat(64)
            + "\",\"platform\":{\"architecture\":\"amd64\",\"os\":\"linux\"}}]}";
    private static final byte[] BLOB = "a signature blob".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path keys;

    private final Map<String, String> seen = new ConcurrentHashMap<>();
    private HttpsServer registry;
    private HttpsServer auth;
    private HttpsServer cdn;
    private RegistryClient client;

    @BeforeEach
    void start() throws IOException {
        TestTls tls = TestTls.forNames(keys, "registry.test", "auth.test", "cdn.test");
        registry = tls.server();
        auth = tls.server();
        cdn = tls.server();
        registry.createContext("/v2/", this::registry);
        auth.createContext("/token", e -> {
            seen.put("token query", e.getRequestURI().getRawQuery());
            reply(e, 200, "{\"token\":\"t0ken\"}".getBytes(StandardCharsets.UTF_8));
        });
        cdn.createContext("/", e -> {
            seen.put("cdn authorization", String.valueOf(e.getRequestHeaders().getFirst("Authorization")));
            reply(e, 200, BLOB);
        });
        registry.start();
        auth.start();
        cdn.start();
        client = new RegistryClient(
                Set.of(),
                new OutboundHttp(
                        new OutboundPolicy(OutboundAllowList.parse("127.0.0.1"), RegistryHttpsTest::resolve),
                        TestTls.trusting(tls)));
    }

    @AfterEach
    void stop() {
        registry.stop(0);
        auth.stop(0);
        cdn.stop(0);
    }

    private static List<InetAddress> resolve(String host) throws UnknownHostException {
        if (!NAMES.contains(host)) {
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
    }

    private void registry(HttpExchange exchange) throws IOException {
        if (!"Bearer t0ken".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.getResponseHeaders()
                    .add(
                            "WWW-Authenticate",
                            "Bearer realm=\"https://auth.test:"
                                    + auth.getAddress().getPort()
                                    + "/token\",service=\"registry.test\",scope=\"repository:a/b:pull\"");
            reply(exchange, 401, "{}".getBytes(StandardCharsets.UTF_8));
        } else if (exchange.getRequestURI().getPath().contains("/blobs/")) {
            exchange.getResponseHeaders()
                    .add("Location", "https://cdn.test:" + cdn.getAddress().getPort() + "/blob?sig=1");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        } else {
            exchange.getResponseHeaders().add("Content-Type", RegistryClient.OCI_INDEX);
            reply(exchange, 200, MANIFEST.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private ImageReference image() {
        return ImageReference.parse("registry.test:" + registry.getAddress().getPort() + "/a/b:1");
    }

    @Test
    void aManifestIsResolvedOverTlsWithATokenFromTheTokenService() {
        ResolvedImage resolved = client.resolve(image(), Optional.empty());

        assertThat(resolved.platforms()).containsExactly("linux/amd64");
        assertThat(resolved.digest())
                .isEqualTo("sha256:" + RegistryClient.sha256(MANIFEST.getBytes(StandardCharsets.UTF_8)));
        assertThat(seen).containsEntry("token query", "service=registry.test&scope=repository%3Aa%2Fb%3Apull");
    }

    @Test
    void aBlobRedirectedToTheCdnIsReadWithoutTheRegistryToken() {
        byte[] blob = client.blob(image(), "sha256:" + RegistryClient.sha256(BLOB), Optional.empty());

        assertThat(blob).isEqualTo(BLOB);
        assertThat(seen).containsEntry("cdn authorization", "null");
    }
}
