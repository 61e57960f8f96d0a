package io.chainline.console.base.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A request written byte by byte on a socket: a declared length the client never sends, or a chunked body generated
 * as it goes (never held in memory), stopping as soon as the server answers or hangs up.
 */
final class RawHttp {

    private static final int CHUNK = 64 * 1024;

    record Answer(int status, String headers, String body, long sent) {}

    private RawHttp() {}

    /**
     * @param declared the Content-Length to declare, or -1 to send the body chunked
     * @param bodyBytes how many body bytes to try to send
     */
    static Answer send(
            int port, String method, String path, String authorization, String type, long declared, long bodyBytes)
            throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + authorization
                    + "\r\nContent-Type: " + type + "\r\n"
                    + (declared >= 0 ? "Content-Length: " + declared : "Transfer-Encoding: chunked") + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long sent = 0;
            byte[] chunk = new byte[CHUNK];
            Arrays.fill(chunk, (byte) ' ');
            try {
                while (sent < bodyBytes && in.available() == 0) {
                    if (declared < 0) {
                        out.write((Integer.toHexString(CHUNK) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(chunk);
                    if (declared < 0) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    sent += CHUNK;
                }
                if (declared < 0 && sent >= bodyBytes) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException serverHungUp) {
                // expected once the server has refused the body and closed the connection
            }
            return read(in, sent);
        }
    }

    private static Answer read(InputStream in, long sent) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0 && received.size() < 1_000_000; ) {
                received.write(buffer, 0, n);
                if (complete(received.toString(StandardCharsets.ISO_8859_1))) {
                    break;
                }
            }
        } catch (IOException reset) {
            // whatever arrived before the reset is the answer
        }
        String text = received.toString(StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || split < 0) {
            return new Answer(-1, text, "", sent);
        }
        return new Answer(
                Integer.parseInt(text.substring(9, 12)), text.substring(0, split), text.substring(split + 4), sent);
    }

    private static boolean complete(String text) {
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) {
            return false;
        }
        String headers = text.substring(0, split).toLowerCase(Locale.ROOT);
        int at = headers.indexOf("content-length: ");
        if (at < 0) {
            return text.endsWith("0\r\n\r\n");
        }
        int end = headers.indexOf("\r\n", at);
        long length = Long.parseLong(
                headers.substring(at + 16, end < 0 ? headers.length() : end).strip());
        return text.length() - split - 4 >= length;
    }
}
