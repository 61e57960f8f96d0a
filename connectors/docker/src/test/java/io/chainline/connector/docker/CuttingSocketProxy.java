package io.chainline.connector.docker;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A unix-socket proxy in front of a real engine that drops dead at the first request containing a marker (say
 * {@code /start}): the engine has done everything before it, nothing after, as when a daemon or the network dies in
 * the middle of an apply. After the cut every connection is refused.
 */
final class CuttingSocketProxy implements AutoCloseable {

    private final Path socket;
    private final Path upstream;
    private final String marker;
    private final AtomicBoolean cut = new AtomicBoolean();
    private final List<SocketChannel> open = new CopyOnWriteArrayList<>();
    private final ServerSocketChannel server;

    CuttingSocketProxy(Path socket, Path upstream, String marker) throws IOException {
        this.socket = socket;
        this.upstream = upstream;
        this.marker = marker;
        Files.deleteIfExists(socket);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread.ofVirtual().start(this::accept);
    }

    String host() {
        return "unix://" + socket;
    }

    boolean wasCut() {
        return cut.get();
    }

    private void accept() {
        try {
            while (true) {
                SocketChannel client = server.accept();
                if (cut.get()) {
                    client.close();
                    continue;
                }
                SocketChannel engine = SocketChannel.open(UnixDomainSocketAddress.of(upstream));
                open.add(client);
                open.add(engine);
                Thread.ofVirtual().start(() -> pump(client, engine, true));
                Thread.ofVirtual().start(() -> pump(engine, client, false));
            }
        } catch (IOException closed) {
            // the proxy was closed
        }
    }

    private void pump(SocketChannel from, SocketChannel to, boolean request) {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        try {
            while (from.read(buffer) >= 0) {
                buffer.flip();
                if (request
                        && StandardCharsets.ISO_8859_1
                                .decode(buffer.duplicate())
                                .toString()
                                .contains(marker)) {
                    cutEverything();
                    return;
                }
                while (buffer.hasRemaining()) {
                    to.write(buffer);
                }
                buffer.clear();
            }
        } catch (IOException dropped) {
            // one side went away: so does the other
        }
        closeQuietly(to);
    }

    private void cutEverything() {
        cut.set(true);
        open.forEach(CuttingSocketProxy::closeQuietly);
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing is all that was wanted
        }
    }

    @Override
    public void close() throws IOException {
        cutEverything();
        server.close();
        Files.deleteIfExists(socket);
    }
}
