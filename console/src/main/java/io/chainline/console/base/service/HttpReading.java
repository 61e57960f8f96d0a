package io.chainline.console.base.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Parses one HTTP/1.1 response: status line, headers, and a body by length, chunks or until the connection closes. */
final class HttpReading {

    private static final int MAX_LINE = 16 * 1024;
    private static final int MAX_HEADERS = 200;

    private HttpReading() {}

    static OutboundHttp.Response read(InputStream in, String method, long maxBytes) throws IOException {
        String status = line(in);
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer");
        }
        int code = parse(parts[1]);
        Map<String, List<String>> headers = headers(in);
        boolean noBody = method.equals("HEAD") || code / 100 == 1 || code == 204 || code == 304;
        byte[] body;
        if (noBody) {
            body = new byte[0];
        } else if (first(headers, "transfer-encoding").toLowerCase(Locale.ROOT).contains("chunked")) {
            body = chunked(in, maxBytes);
        } else {
            String length = first(headers, "content-length");
            body = OutboundHttp.bounded(in, length.isEmpty() ? -1 : parseLong(length), maxBytes);
        }
        return new OutboundHttp.Response(code, headers, body);
    }

    private static Map<String, List<String>> headers(InputStream in) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; ; i++) {
            String header = line(in);
            if (header.isEmpty()) {
                return headers;
            }
            int colon = header.indexOf(':');
            if (colon <= 0 || i > MAX_HEADERS) {
                throw new IOException("malformed header");
            }
            headers.computeIfAbsent(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(header.substring(colon + 1).trim());
        }
    }

    private static byte[] chunked(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int semicolon = size.indexOf(';');
            long length = parseHex((semicolon < 0 ? size : size.substring(0, semicolon)).trim());
            if (length == 0) {
                while (!line(in).isEmpty()) {
                    // trailers: not used
                }
                return body.toByteArray();
            }
            if (body.size() + length > maxBytes) {
                throw OutboundHttp.tooLarge(maxBytes);
            }
            body.write(OutboundHttp.bounded(in, length, maxBytes));
            line(in);
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        return headers.getOrDefault(name, List.of("")).getFirst();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed mid-answer");
            }
            if (c != '\r') {
                line.write(c);
            }
            if (line.size() > MAX_LINE) {
                throw new IOException("line too long");
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static int parse(String number) throws IOException {
        try {
            return Integer.parseInt(number.trim());
        } catch (NumberFormatException e) {
            throw new IOException("malformed number", e);
        }
    }

    private static long parseLong(String number) throws IOException {
        try {
            return Long.parseLong(number.trim());
        } catch (NumberFormatException e) {
            throw new IOException("malformed length", e);
        }
    }

    private static long parseHex(String number) throws IOException {
        try {
            return Long.parseLong(number, 16);
        } catch (NumberFormatException e) {
            throw new IOException("malformed chunk size", e);
        }
    }
}
