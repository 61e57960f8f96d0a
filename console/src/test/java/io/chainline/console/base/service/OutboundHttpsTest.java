package io.chainline.console.base.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsServer;
import io.chainline.console.support.TestTls;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * OutboundHttp over TLS as production uses it against registries (registry, token service and blob CDN on different
 * origins), against local HTTPS servers with certificates made in the test: {@code localhost}, {@code other.example}
 * resolve to 127.0.0.1 through the injected resolver, 127.0.0.1 is allow-listed, and the client trusts both test
 * certificates so a refusal can only come from the host name check.
 */
class OutboundHttpsTest {

    private static final OutboundHttp.Limits LIMITS =
            new OutboundHttp.Limits(Duration.ofSeconds(2), Duration.ofSeconds(5), 64 * 1024, 3);
    private static final Set<String> NAMES = Set.of("localhost", "other.example");

    @TempDir
    static Path keys;

    private static TestTls localhost;
    private static TestTls other;

    private final Map<String, String> seen = new ConcurrentHashMap<>();
    private HttpsServer registry;
    private HttpsServer cdn;
    private HttpsServer wrongName;
    private OutboundHttp http;

    @BeforeAll
    static void certificates() {
        localhost = TestTls.forNames(keys, "localhost");
        other = TestTls.forNames(keys, "other.example");
    }

    @BeforeEach
    void start() throws IOException {
        registry = localhost.server();
        cdn = localhost.server();
        wrongName = other.server();
        registry.createContext("/v2/", this::registry);
        registry.createContext("/chunked", e -> {
            e.sendResponseHeaders(200, 0); // 0: chunked
            try (OutputStream body = e.getResponseBody()) {
                for (int i = 0; i < 40; i++) {
                    body.write(("chunk " + i + ";" + "x".repeat(1000)).getBytes(StandardCharsets.UTF_8));
                    body.flush();
                }
            }
        });
        registry.createContext("/blob", e -> {
            e.getResponseHeaders().add("Location", origin(cdn) + "/cdn/blob?signature=abc");
            e.sendResponseHeaders(307, -1);
            e.close();
        });
        cdn.createContext("/cdn/", e -> {
            seen.put("cdn authorization", String.valueOf(e.getRequestHeaders().getFirst("Authorization")));
            seen.put("cdn query", e.getRequestURI().getRawQuery());
            answer(e, 200, "the blob");
        });
        cdn.createContext("/token", e -> {
            seen.put("token query", e.getRequestURI().getRawQuery());
            answer(e, 200, "{\"token\":\"t0ken\"}");
        });
        wrongName.createContext("/", e -> answer(e, 200, "answered by other.example"));
        registry.start();
        cdn.start();
        wrongName.start();
        http = new OutboundHttp(
                new OutboundPolicy(OutboundAllowList.parse("127.0.0.1"), OutboundHttpsTest::resolve),
                TestTls.trusting(localhost, other));
    }

    @AfterEach
    void stop() {
        registry.stop(0);
        cdn.stop(0);
        wrongName.stop(0);
    }

    private static List<InetAddress> resolve(String host) throws UnknownHostException {
        if (!NAMES.contains(host)) {
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
    }

    private void registry(HttpExchange exchange) throws IOException {
        seen.put("host", String.valueOf(exchange.getRequestHeaders().getFirst("Host")));
        seen.put("accept-encoding", String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding")));
        seen.put("connection", String.valueOf(exchange.getRequestHeaders().getFirst("Connection")));
        if (exchange.getRequestURI().getPath().startsWith("/v2/acme/")
                && !"Bearer t0ken".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.getResponseHeaders()
                    .add(
                            "WWW-Authenticate",
                            "Bearer realm=\"" + origin(cdn) + "/token\",service=\"x\",scope=\"repository:a/b:pull\"");
            answer(exchange, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}");
            return;
        }
        answer(exchange, 200, "{\"registry\":\"v2\"}");
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length); // a Content-Length answer
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String origin(HttpsServer server) {
        return "https://localhost:" + server.getAddress().getPort();
    }

    private OutboundHttp.Response get(String uri) {
        return http.send(OutboundHttp.Request.get(URI.create(uri)), LIMITS);
    }

    @Test
    void aGetOverTlsIsAnsweredWithStatusAndBody() {
        OutboundHttp.Response response = get(origin(registry) + "/v2/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"registry\":\"v2\"}");
        assertThat(response.header("Content-Length")).contains("17");
        assertThat(seen)
                .as("Host carries the non-default port; no compression is asked for, the client decodes none")
                .containsEntry("host", "localhost:" + registry.getAddress().getPort())
                .containsEntry("accept-encoding", "identity")
                .containsEntry("connection", "close");
    }

    @Test
    void aCertificateForAnotherNameIsRefusedThoughItsIssuerIsTrusted() {
        int port = wrongName.getAddress().getPort();

        assertThat(get("https://other.example:" + port + "/").status())
                .as("the certificate itself is trusted: under its own name it is accepted")
                .isEqualTo(200);
        assertThatThrownBy(() -> get("https://localhost:" + port + "/v2/"))
                .hasFieldOrPropertyWithValue("code", "OUTBOUND-FAILED")
                .hasRootCauseInstanceOf(java.security.cert.CertificateException.class)
                .satisfies(e -> assertThat(e.getCause()).isInstanceOf(SSLHandshakeException.class));
    }

    @Test
    void aChunkedAnswerIsReadToItsLastChunk() {
        OutboundHttp.Response response = get(origin(registry) + "/chunked");

        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("chunk 0;").contains("chunk 39;").endsWith("x");
        assertThat(response.body()).hasSize(40 * 1000 + "chunk 0;".length() * 10 + "chunk 10;".length() * 30);
    }

    @Test
    void aRedirectToAnotherHttpsOriginIsFollowedWithoutTheCredentials() {
        OutboundHttp.Response response = http.send(
                OutboundHttp.Request.get(URI.create(origin(registry) + "/blob"))
                        .credential("Authorization", "Bearer t0ken"),
                LIMITS);

        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("the blob");
        assertThat(seen)
                .as("same host, other port: another origin, so the registry's token is not sent to it")
                .containsEntry("cdn authorization", "null")
                .containsEntry("cdn query", "signature=abc");
    }

    @Test
    void aBearerChallengeLeadsToATokenFromTheNamedRealmAndARetryWithIt() {
        String manifest = origin(registry) + "/v2/acme/app/manifests/1";
        OutboundHttp.Response challenge = get(manifest);
        assertThat(challenge.status()).isEqualTo(401);

        Matcher realm = Pattern.compile("realm=\"([^\"]+)\"")
                .matcher(challenge.header("WWW-Authenticate").orElseThrow());
        assertThat(realm.find()).isTrue();
        OutboundHttp.Response token = get(realm.group(1) + "?service=x&scope=repository%3Aa%2Fb%3Apull");
        assertThat(new String(token.body(), StandardCharsets.UTF_8)).isEqualTo("{\"token\":\"t0ken\"}");

        OutboundHttp.Response retried = http.send(
                OutboundHttp.Request.get(URI.create(manifest)).credential("Authorization", "Bearer t0ken"), LIMITS);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(seen).containsEntry("token query", "service=x&scope=repository%3Aa%2Fb%3Apull");
    }

    @Test
    void anAnswerEndedByClosingTheTlsConnectionIsReadToTheEndAndTheNameWasSent() throws Exception {
        try (SSLServerSocket server = (SSLServerSocket) localhost
                .serverContext()
                .getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try (Socket socket = server.accept()) {
                    socket.getInputStream().read(new byte[4096]);
                    seen.put(
                            "sni",
                            String.valueOf(((ExtendedSSLSession) ((SSLSocket) socket).getSession())
                                    .getRequestedServerNames()));
                    socket.getOutputStream()
                            .write("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end"
                                    .getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    // the client's assertion reports it
                }
            });

            OutboundHttp.Response response = get("https://localhost:" + server.getLocalPort() + "/");

            assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("until the end");
            assertThat(seen.get("sni")).as("the name is sent (SNI)").contains("localhost");
        }
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // without a read timeout it hangs for ever
    void aServerThatNeverAnswersTheHandshakeFailsWithinTheTotalTime() throws IOException {
        OutboundHttp.Limits short_ = new OutboundHttp.Limits(Duration.ofSeconds(1), Duration.ofMillis(800), 1024, 0);
        try (ServerSocket silent = new ServerSocket()) {
            silent.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)); // accepted by the kernel, unread
            long started = System.nanoTime();

            assertThatThrownBy(() -> http.send(
                            OutboundHttp.Request.get(URI.create("https://localhost:" + silent.getLocalPort() + "/")),
                            short_))
                    .hasFieldOrPropertyWithValue("code", "OUTBOUND-FAILED");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }
    }
}
