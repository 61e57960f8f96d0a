package io.chainline.console.base.service;

import io.chainline.console.base.service.ChainlineException.Category;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * HTTP/1.1 to addresses the {@link OutboundPolicy} accepted, connecting to exactly the address it checked (never
 * resolving the name again), following redirects itself so every hop is checked, dropping the credentials when a
 * redirect leaves their origin, and bounding connect time, total time and body size. Every failure to connect or read
 * is the same {@code OUTBOUND-FAILED}: which one it was would tell open ports from closed ones.
 */
public final class OutboundHttp {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** How long and how much; redirects are followed only for GET. */
    public record Limits(Duration connect, Duration total, long maxBytes, int maxRedirects) {}

    /**
     * One request. {@code credentials} (Authorization, signatures) go to the request's own origin only; {@code
     * headers} to every hop.
     */
    public record Request(
            String method, URI uri, Map<String, String> headers, Map<String, String> credentials, byte[] body) {
        public static Request get(URI uri) {
            return new Request("GET", uri, Map.of(), Map.of(), new byte[0]);
        }

        public Request header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Request(method, uri, more, credentials, body);
        }

        public Request credential(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(credentials);
            more.put(name, value);
            return new Request(method, uri, headers, more, body);
        }
    }

    /** The final answer, after redirects. */
    public record Response(int status, Map<String, List<String>> headers, byte[] body) {
        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)))
                    .map(List::getFirst);
        }
    }

    private final OutboundPolicy policy;
    private final SSLContext tls;

    /** Trusts what the JVM trusts (its default TLS context: cacerts, or {@code javax.net.ssl.trustStore}). */
    public OutboundHttp(OutboundPolicy policy) {
        this(policy, defaultTls());
    }

    /** With the given TLS context: tests trust their own self-signed certificate; host names are still verified. */
    public OutboundHttp(OutboundPolicy policy, SSLContext tls) {
        this.policy = policy;
        this.tls = tls;
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has a default TLS context", e);
        }
    }

    public OutboundPolicy policy() {
        return policy;
    }

    /** @throws ChainlineException OUTBOUND-REFUSED, OUTBOUND-FAILED or OUTBOUND-TOO-LARGE */
    public Response send(Request request, Limits limits) {
        long deadline = System.nanoTime() + limits.total().toNanos();
        String origin = null;
        Request hop = request;
        for (int redirects = 0; ; redirects++) {
            OutboundPolicy.Target target = policy.check(hop.uri());
            origin = origin == null ? target.origin() : origin;
            Map<String, String> credentials = target.origin().equals(origin) ? hop.credentials() : Map.of();
            Response response = exchange(target, hop, credentials, limits, deadline);
            Optional<String> location = response.header("Location");
            if (!REDIRECTS.contains(response.status())
                    || location.isEmpty()
                    || !hop.method().equals("GET")) {
                return response;
            }
            if (redirects >= limits.maxRedirects()) {
                throw OutboundPolicy.refused("more than " + limits.maxRedirects() + " redirects");
            }
            hop = new Request("GET", next(hop.uri(), location.get()), hop.headers(), hop.credentials(), new byte[0]);
        }
    }

    private static URI next(URI current, String location) {
        try {
            return current.resolve(URI.create(location.trim()));
        } catch (IllegalArgumentException e) {
            throw OutboundPolicy.failed(e);
        }
    }

    private Response exchange(
            OutboundPolicy.Target target,
            Request request,
            Map<String, String> credentials,
            Limits limits,
            long deadline) {
        try (Socket socket = connect(target, limits.connect(), deadline)) {
            Deadline in = new Deadline(socket, deadline);
            OutputStream out = socket.getOutputStream();
            out.write(head(target, request, credentials).getBytes(StandardCharsets.ISO_8859_1));
            out.write(request.body());
            out.flush();
            return HttpReading.read(new BufferedInputStream(in), request.method(), limits.maxBytes());
        } catch (IOException e) {
            throw OutboundPolicy.failed(e);
        }
    }

    private Socket connect(OutboundPolicy.Target target, Duration timeout, long deadline) throws IOException {
        IOException last = null;
        for (InetAddress address : target.addresses()) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, target.port()), (int) timeout.toMillis());
                // the handshake reads too: a server that accepts and never answers it must not outlast the deadline
                socket.setSoTimeout((int)
                        Math.max(1, Math.min(Integer.MAX_VALUE, (deadline - System.nanoTime()) / 1_000_000)));
                return target.tls() ? tls(socket, target) : socket;
            } catch (IOException e) {
                socket.close();
                last = e;
            }
        }
        throw last == null ? new IOException("no address") : last;
    }

    private Socket tls(Socket plain, OutboundPolicy.Target target) throws IOException {
        SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(plain, target.host(), target.port(), true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (OutboundAllowList.literal(target.host()).isEmpty()) {
            parameters.setServerNames(List.of(new SNIHostName(target.host())));
        }
        ssl.setSSLParameters(parameters);
        ssl.startHandshake();
        return ssl;
    }

    private static String head(OutboundPolicy.Target target, Request request, Map<String, String> credentials) {
        URI uri = target.uri();
        String path =
                Optional.ofNullable(uri.getRawPath()).filter(p -> !p.isEmpty()).orElse("/")
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String host = target.host().contains(":") ? "[" + target.host() + "]" : target.host();
        boolean defaultPort = target.port() == (target.tls() ? 443 : 80);
        StringBuilder head =
                new StringBuilder(request.method()).append(' ').append(path).append(" HTTP/1.1\r\n");
        head.append("Host: ")
                .append(host)
                .append(defaultPort ? "" : ":" + target.port())
                .append("\r\n");
        head.append("User-Agent: Chainline\r\nConnection: close\r\nAccept-Encoding: identity\r\n");
        List<Map.Entry<String, String>> all = new ArrayList<>(request.headers().entrySet());
        all.addAll(credentials.entrySet());
        for (Map.Entry<String, String> header : all) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        if (request.body().length > 0 || !request.method().equals("GET")) {
            head.append("Content-Length: ").append(request.body().length).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    static ChainlineException tooLarge(long max) {
        return new ChainlineException(
                "OUTBOUND-TOO-LARGE", Category.INVALID, "The answer is larger than " + max + " bytes; not read.");
    }

    /** Reads from the socket only until the request's total deadline, however slowly the far end trickles. */
    private static final class Deadline extends InputStream {
        private final Socket socket;
        private final InputStream in;
        private final long deadline;

        Deadline(Socket socket, long deadline) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new SocketTimeoutException("total time exceeded");
            }
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
            return in.read(b, off, len);
        }
    }

    /** Reads bodies too large to read into memory as a failure, never as truncated content. */
    static byte[] bounded(InputStream in, long length, long max) throws IOException {
        if (length > max) {
            throw tooLarge(max);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long left = length < 0 ? Long.MAX_VALUE : length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                if (length >= 0) {
                    throw new IOException("body ended early");
                }
                break;
            }
            body.write(buffer, 0, n);
            left -= n;
            if (body.size() > max) {
                throw tooLarge(max);
            }
        }
        return body.toByteArray();
    }
}
