package io.chainline.console.support;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Docker API socket in front of a real engine that fails the next {@code n} container creations with a 500, as an
 * overloaded or briefly broken daemon does, and passes everything else through: faults injected where a job meets
 * its target, nowhere else.
 */
public final class FaultyEngine implements AutoCloseable {

    private static final byte[] FAILURE = ("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 33\r\nConnection: close\r\n\r\n{\"message\":\"injected engine fault\"}")
            .getBytes(StandardCharsets.US_ASCII);

    private final Path socket;
    private final Path upstream;
    private final ServerSocketChannel server;
    private final AtomicInteger failCreates = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    /** @param upstream {@code unix:///…} of the real engine */
    public FaultyEngine(String upstream) throws IOException {
        this.upstream = Path.of(upstream.replaceFirst("^unix://", ""));
        this.socket = Files.createTempDirectory("faulty-engine").resolve("docker.sock");
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread.ofVirtual().start(this::accept);
    }

    public String endpoint() {
        return "unix://" + socket;
    }

    public void failNextCreates(int n) {
        failCreates.set(n);
    }

    public int failedSoFar() {
        return failed.get();
    }

    private void accept() {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                SocketChannel engine = SocketChannel.open(UnixDomainSocketAddress.of(upstream));
                Thread.ofVirtual().start(() -> requests(client, engine));
                Thread.ofVirtual().start(() -> pump(engine, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void requests(SocketChannel client, SocketChannel engine) {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        try (client;
                engine) {
            while (client.read(buffer) >= 0) {
                buffer.flip();
                String head =
                        StandardCharsets.US_ASCII.decode(buffer.duplicate()).toString();
                if (head.startsWith("POST ")
                        && head.contains("/containers/create")
                        && failCreates.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    failed.incrementAndGet();
                    client.write(ByteBuffer.wrap(FAILURE));
                    return;
                }
                while (buffer.hasRemaining()) {
                    engine.write(buffer);
                }
                buffer.clear();
            }
        } catch (IOException gone) {
            // either side hung up
        }
    }

    private static void pump(SocketChannel from, SocketChannel to) {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        try {
            while (from.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    to.write(buffer);
                }
                buffer.clear();
            }
        } catch (IOException gone) {
            // either side hung up
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(socket);
    }
}
