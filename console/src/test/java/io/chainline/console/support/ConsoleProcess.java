package io.chainline.console.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The packaged console ({@code target/console-*.jar}) as a real process of its own, as operators run it: started,
 * asked over its REST API, and killed with SIGKILL when a test needs a crash.
 */
public final class ConsoleProcess implements AutoCloseable {

    public static final String PASSWORD = "Crash-Test-Passphrase-1";

    private final Process process;
    private final int port;
    private final Path log;
    private volatile String authorization =
            "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ConsoleProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar with these extra arguments and waits until its API answers. */
    public static ConsoleProcess start(Path home, List<String> arguments) throws Exception {
        return start(home, List.of("-Xmx512m"), arguments);
    }

    /** As {@link #start(Path, List)}, with these JVM options instead of the default heap cap. */
    public static ConsoleProcess start(Path home, List<String> jvmOptions, List<String> arguments) throws Exception {
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("console-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("target/console-*.jar: run after package"));
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command =
                new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        List<String> defaults = List.of(
                "--server.port=" + port,
                "--chainline.home=" + home,
                "--chainline.admin.password=" + PASSWORD,
                "--chainline.demo-data=false",
                "--chainline.fleet.sync-enabled=false",
                "--chainline.deployment.drift-enabled=false",
                // as the test profile: the local registries and receivers listen on 127.0.0.1 (ADR 21)
                "--chainline.outbound.allow=127.0.0.1");
        // an argument naming a default's key replaces it: Spring joins repeated keys with commas instead
        defaults.stream()
                .filter(d -> arguments.stream().noneMatch(a -> a.startsWith(d.substring(0, d.indexOf('=') + 1))))
                .forEach(command::add);
        command.addAll(arguments);
        Path log = Files.createTempFile("console-process", ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ConsoleProcess console = new ConsoleProcess(process, port, log);
        console.awaitUp();
        return console;
    }

    private void awaitUp() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4)); // generous: a loaded 2-core machine
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The console exited: " + tail());
            }
            try {
                if (get("/api/v1/deployments").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("The console did not come up in 4 minutes: " + tail());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(path, "POST", json, null);
    }

    public HttpResponse<String> send(String path, String method, String json, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request with a body of raw bytes (a package upload), as the admin. */
    public HttpResponse<String> sendBytes(String path, String method, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return http.send(
                request(path)
                        .header("Content-Type", contentType)
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends every later request with this API token instead of the admin's password: checking a password costs a
     * deliberately slow hash per request, too slow for a test that counts writes.
     */
    public void useToken(String secret) {
        this.authorization = "Bearer " + secret;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    /** The process id, which the console's instance name (host:pid:random) carries. */
    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no transaction finished, exactly as a crash. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The port it serves on, for a browser. */
    public int port() {
        return port;
    }

    /** Its whole log so far (the first-start banner with generated passwords is in it). */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
