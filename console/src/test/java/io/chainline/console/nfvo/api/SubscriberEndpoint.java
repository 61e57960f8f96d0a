package io.chainline.console.nfvo.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OSS's side of SOL005 notifications, as one is run: a notification endpoint ({@code /notifications}) that answers
 * the test GET with 204 and takes POSTs, both only with the expected credentials, and an OAuth 2.0 token endpoint
 * ({@code /token}) issuing bearer tokens to one client by the client credentials grant. Tokens can be revoked, as a
 * real authorization server does.
 */
final class SubscriberEndpoint implements AutoCloseable {

    /** One request as it arrived. */
    record Received(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> valid = ConcurrentHashMap.newKeySet();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile int testAnswer = 204;
    private volatile String basic;
    private volatile String client;

    SubscriberEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String callback() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/notifications";
    }

    String tokenEndpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
    }

    /** The notification endpoint takes only HTTP Basic with these credentials. */
    SubscriberEndpoint basic(String user, String password) {
        this.basic = encode(user, password);
        return this;
    }

    /** The notification endpoint takes only bearer tokens issued to this client. */
    SubscriberEndpoint oauth2(String clientId, String clientPassword) {
        this.client = encode(clientId, clientPassword);
        return this;
    }

    /** What the test GET is answered when its credentials are right (a misconfigured endpoint answers 200). */
    SubscriberEndpoint answeringTest(int status) {
        this.testAnswer = status;
        return this;
    }

    /** Every token issued so far stops being accepted (an authorization server revoked them). */
    void revokeTokens() {
        valid.clear();
    }

    int tokensIssued() {
        return issued.get();
    }

    List<Received> at(String method, String path) {
        return received.stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (path.equals("/token")) {
            token(exchange, authorization, body);
            return;
        }
        boolean allowed = basic != null
                ? ("Basic " + basic).equals(authorization)
                : client == null
                        || authorization != null
                                && authorization.startsWith("Bearer ")
                                && valid.contains(authorization.substring(7));
        int status = !allowed ? 401 : exchange.getRequestMethod().equals("GET") ? testAnswer : 204;
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange, String authorization, String body) throws IOException {
        if (!("Basic " + client).equals(authorization) || !body.equals("grant_type=client_credentials")) {
            byte[] error = "{\"error\":\"invalid_client\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, error.length);
            exchange.getResponseBody().write(error);
            exchange.close();
            return;
        }
        String token = "token-" + issued.incrementAndGet();
        valid.add(token);
        byte[] answer = ("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private static String encode(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
