package io.chainline.console.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One virtual user of the Vaadin UI without a browser: it speaks what Vaadin's client engine sends (UIDL over HTTP),
 * as Gatling's Vaadin support does. It signs in through the real form (the page's {@code _csrf} token, which the
 * console requires on the login POST), bootstraps a UI ({@code ?v-r=init}), then navigates with the router event the
 * client sends on a link click ({@code ui-navigate} on the UI's node 1), carrying the UI's security key and the
 * sync/client ids. It opens no push channel (the console's push would be a WebSocket): server pushes queue in the
 * session and arrive with the next answer, which a real tab would have received earlier.
 */
final class UidlSession {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String securityKey;
    private int uiId;
    private int syncId;
    private int clientId;

    UidlSession(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** The login page, the form POST, and the first UI of the signed-in session (the overview). */
    void signIn(String username, String password) throws IOException, InterruptedException {
        String page = expect(200, send(get("/login")), "the sign-in page");
        String token = group(CSRF, page, "the sign-in page's _csrf token");
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
        HttpResponse<String> login = send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new IllegalStateException("sign-in refused: " + login.statusCode() + " -> " + location);
        }
        String init = expect(200, send(get("/?v-r=init&location=&query=")), "the UI bootstrap");
        securityKey = group(SECURITY_KEY, init, "the UI's security key");
        uiId = Integer.parseInt(group(UI_ID, init, "the UI id"));
        syncId = Integer.parseInt(group(SYNC_ID, init, "the sync id"));
        clientId = Integer.parseInt(group(CLIENT_ID, init, "the client id"));
    }

    /** What a click on a navigation link sends: the router event with the route; fails on any error the UI reports. */
    void navigate(String route) throws IOException, InterruptedException {
        String event = "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + (clientId + 1)
                + "},\"trigger\":\"\"}}";
        String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + event + "],\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> answer = send(request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        String uidl = expect(200, answer, "navigating to /" + route);
        if (uidl.contains("\"appError\"")
                || uidl.contains("\"sessionExpired\":true")
                || uidl.contains("\"resynchronize\"")) {
            throw new IllegalStateException(
                    "the UI answered navigating to /" + route + " with an error: " + head(uidl));
        }
        if (uidl.contains("vaadin-login-form") || uidl.contains("Could not navigate")) {
            // a lost session lands on the sign-in view; an unknown route or a denied one on Vaadin's error view
            throw new IllegalStateException("navigating to /" + route + " did not reach the view: " + head(uidl));
        }
        syncId = Integer.parseInt(group(SYNC_ID, uidl, "the next sync id"));
        clientId = Integer.parseInt(group(CLIENT_ID, uidl, "the next client id"));
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ")
                    .append(name)
                    .append('=')
                    .append(value));
            request.header("Cookie", header.toString());
        }
        return request;
    }

    /** Sends and keeps the cookies (the session id changes at sign-in: session fixation protection). */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(
                        pair.substring(0, equals).trim(),
                        pair.substring(equals + 1).trim());
            }
        }
        return response;
    }

    private static String expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " " + head(response.body()));
        }
        return response.body();
    }

    private static String group(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException(what + " is missing: " + head(text));
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String head(String text) {
        return text == null ? "" : text.substring(0, Math.min(200, text.length()));
    }
}
