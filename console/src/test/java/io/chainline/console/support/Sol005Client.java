package io.chainline.console.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the console's REST API as a script would: with a bearer API token, or a user's password. */
public final class Sol005Client {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    private Sol005Client(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static Sol005Client bearer(int port, String token) {
        return new Sol005Client("http://localhost:" + port, "Bearer " + token);
    }

    public static Sol005Client basic(int port, String user) {
        return new Sol005Client(
                "http://localhost:" + port,
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (user + ":" + TestUsers.passwordOf(user)).getBytes(StandardCharsets.UTF_8)));
    }

    /** A token of {@code role} for {@code user}, made through the tokens API with the user's password. */
    public static String token(int port, String user, String role) throws Exception {
        HttpResponse<String> created = basic(port, user)
                .send(
                        "POST",
                        "/api/v1/tokens",
                        "application/json",
                        ("{\"name\":\"sol005-"
                                        + java.util.UUID.randomUUID().toString().substring(0, 8) + "\",\"role\":\""
                                        + role + "\",\"days\":1}")
                                .getBytes(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("secret").asString();
    }

    /** The console's {apiRoot} as this client reaches it: {@code http://localhost:<port>}. */
    public String base() {
        return base;
    }

    /** A path under this console, or an absolute URI it gave out (a Location, a link) as a path. */
    private String pathOf(String pathOrUri) {
        return pathOrUri.startsWith(base + "/") ? pathOrUri.substring(base.length()) : pathOrUri;
    }

    public HttpResponse<String> send(String method, String path, String contentType, byte[] body) throws Exception {
        return send(method, path, contentType, body, java.util.Map.of());
    }

    /** As {@link #send(String, String, String, byte[])}, with further request headers. */
    public HttpResponse<String> send(
            String method, String pathOrUri, String contentType, byte[] body, java.util.Map<String, String> headers)
            throws Exception {
        String path = pathOf(pathOrUri);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return conforming(method, path, response, response.body());
    }

    public HttpResponse<String> json(String method, String path, String body) throws Exception {
        return send(method, path, "application/json", body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** A GET that asks for one media type and keeps the body's bytes (ZIPs, files). */
    public HttpResponse<byte[]> bytes(String path, String accept) throws Exception {
        return bytes(path, java.util.Map.of("Accept", accept));
    }

    /** A GET with further request headers (Range…) that keeps the body's bytes. */
    public HttpResponse<byte[]> bytes(String pathOrUri, java.util.Map<String, String> headers) throws Exception {
        String path = pathOf(pathOrUri);
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization);
        headers.forEach(request::header);
        HttpResponse<byte[]> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return conforming("GET", path, response, new String(response.body(), StandardCharsets.UTF_8));
    }

    /**
     * Every answer of a SOL005 API goes through the ETSI schemas of the version served ({@link Sol005Schemas}): a
     * test that gets a non-conforming answer fails, whatever it asserts itself.
     */
    private static <T> HttpResponse<T> conforming(String method, String path, HttpResponse<T> response, String body) {
        Sol005Schemas.check(method, path, response, body);
        return response;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, null);
    }

    public JsonNode read(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    public static JsonNode tree(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    /** Polls {@code path} until {@code field} is one of the final values; returns the resource. */
    public JsonNode awaitState(String path, String field, Duration atMost, String... finals) throws Exception {
        java.util.Set<String> done = java.util.Set.of(finals);
        await().atMost(atMost)
                .pollInterval(Duration.ofMillis(300))
                .until(() -> done.contains(read(path).path(field).asString()));
        return read(path);
    }
}
