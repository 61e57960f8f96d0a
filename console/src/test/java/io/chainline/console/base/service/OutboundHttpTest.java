package io.chainline.console.base.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redirect chains and bounds against two real local servers: the allow-list names exactly the first one's port, so
 * the first hop is allowed and a redirect to the second (or anywhere not allowed) is refused at the hop.
 */
class OutboundHttpTest {

    private static final OutboundHttp.Limits LIMITS =
            new OutboundHttp.Limits(Duration.ofSeconds(2), Duration.ofSeconds(5), 1024, 3);

    private final List<String> seenByOther = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer first;
    private HttpServer other;

    @BeforeEach
    void start() throws IOException {
        first = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        first.createContext("/to-other", e -> redirect(e, base(other) + "/landing"));
        first.createContext("/to-metadata", e -> redirect(e, "http://169.254.169.254/latest/meta-data/"));
        first.createContext("/to-hex", e -> redirect(e, "http://0x7f000001:" + port(other) + "/landing"));
        first.createContext("/to-self", e -> redirect(e, "/landing"));
        first.createContext("/loop", e -> redirect(e, "/loop"));
        first.createContext(
                "/landing",
                e -> answer(e, 200, String.valueOf(e.getRequestHeaders().getFirst("Authorization"))));
        first.createContext("/chunked", e -> {
            e.sendResponseHeaders(200, 0); // 0: chunked
            e.getResponseBody().write("a chunked answer".getBytes(StandardCharsets.UTF_8));
            e.close();
        });
        first.createContext("/big", e -> answer(e, 200, "x".repeat(4096)));
        first.createContext("/hang", e -> {
            awaitRelease();
            answer(e, 200, "late");
        });
        other.createContext("/", e -> {
            seenByOther.add(String.valueOf(e.getRequestHeaders().getFirst("Authorization")));
            answer(e, 200, "other: " + e.getRequestHeaders().getFirst("Authorization"));
        });
        first.start();
        other.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        first.stop(0);
        other.stop(0);
    }

    private OutboundHttp http(String allow) {
        return new OutboundHttp(OutboundPolicy.of(allow));
    }

    private String onlyFirst() {
        return "127.0.0.1:" + port(first);
    }

    private String both() {
        return onlyFirst() + ",127.0.0.1:" + port(other);
    }

    private OutboundHttp.Request get(String path) {
        return OutboundHttp.Request.get(URI.create(base(first) + path)).credential("Authorization", "Bearer s3cret");
    }

    @Test
    void aRedirectToAnAddressNotAllowedIsRefusedAtTheHopAndNothingReachesIt() {
        for (String path : List.of("/to-other", "/to-metadata", "/to-hex")) {
            assertThatThrownBy(() -> http(onlyFirst()).send(get(path), LIMITS))
                    .as(path)
                    .hasFieldOrPropertyWithValue("code", "OUTBOUND-REFUSED")
                    .hasMessageNotContaining(String.valueOf(port(other)));
        }
        assertThat(seenByOther).isEmpty();
    }

    @Test
    void credentialsAreDroppedWhenARedirectLeavesTheirOriginAndKeptWithinIt() {
        OutboundHttp.Response across = http(both()).send(get("/to-other"), LIMITS);
        OutboundHttp.Response within = http(both()).send(get("/to-self"), LIMITS);

        assertThat(new String(across.body(), StandardCharsets.UTF_8)).isEqualTo("other: null");
        assertThat(seenByOther).containsExactly("null");
        assertThat(new String(within.body(), StandardCharsets.UTF_8)).isEqualTo("Bearer s3cret");
    }

    @Test
    void redirectsAreBounded() {
        assertThatThrownBy(() -> http(onlyFirst()).send(get("/loop"), LIMITS))
                .hasFieldOrPropertyWithValue("code", "OUTBOUND-REFUSED")
                .hasMessageContaining("more than 3 redirects");
    }

    @Test
    void chunkedAnswersAreReadAndOversizedOnesRefusedNotTruncated() {
        assertThat(new String(http(onlyFirst()).send(get("/chunked"), LIMITS).body(), StandardCharsets.UTF_8))
                .isEqualTo("a chunked answer");
        assertThatThrownBy(() -> http(onlyFirst()).send(get("/big"), LIMITS))
                .hasFieldOrPropertyWithValue("code", "OUTBOUND-TOO-LARGE")
                .hasMessageNotContaining("xxx");
    }

    @Test
    void aSlowAnswerEndsAtTheTotalTimeLimit() {
        OutboundHttp.Limits quick = new OutboundHttp.Limits(Duration.ofSeconds(1), Duration.ofMillis(500), 1024, 0);
        long started = System.nanoTime();

        assertThatThrownBy(() -> http(onlyFirst()).send(get("/hang"), quick))
                .hasFieldOrPropertyWithValue("code", "OUTBOUND-FAILED");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aClosedPortAndAnOpenNonHttpPortFailAlike() throws IOException {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closed = probe.getLocalPort();
        }
        try (ServerSocket open = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Thread.ofVirtual().start(() -> {
                try (Socket s = open.accept()) {
                    s.getOutputStream().write("SSH-2.0-OpenSSH\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException ignored) {
                    // the test is over
                }
            });
            OutboundHttp http = http("127.0.0.1");
            String closedMessage = message(http, closed);
            String openMessage = message(http, open.getLocalPort());

            assertThat(openMessage).isEqualTo(closedMessage).doesNotContain("SSH");
        }
    }

    private static String message(OutboundHttp http, int port) {
        try {
            http.send(OutboundHttp.Request.get(URI.create("http://127.0.0.1:" + port + "/")), LIMITS);
            throw new AssertionError("port " + port + " answered HTTP");
        } catch (ChainlineException e) {
            assertThat(e.code()).isEqualTo("OUTBOUND-FAILED");
            return e.getMessage();
        }
    }

    private void awaitRelease() {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static int port(HttpServer server) {
        return server.getAddress().getPort();
    }

    private static String base(HttpServer server) {
        return "http://127.0.0.1:" + port(server);
    }
}
