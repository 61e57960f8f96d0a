package io.chainline.console.nfvo.api;

import io.chainline.console.base.api.Problems;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Partial content of a package's files (SOL005 §9.4.5.3.2, RFC 9110 §14): one range {@code bytes=a-b}, {@code a-} or
 * {@code -n} is answered 206 with its {@code Content-Range}; an unsatisfiable one 416 with {@code bytes *}/length as
 * problem details. Several ranges, or a Range header that is not a valid byte range, get the whole content (200),
 * which RFC 9110 allows. Every full answer says {@code Accept-Ranges: bytes}.
 */
final class ByteRanges {

    private ByteRanges() {}

    /**
     * @param range the request's {@code Range} header, or null
     * @param headers the content's headers (type, disposition), the same on a full and a partial answer
     */
    static ResponseEntity<?> answer(String range, byte[] content, HttpHeaders headers) {
        List<HttpRange> ranges = parse(range);
        if (ranges.size() != 1) {
            return ResponseEntity.ok()
                    .headers(headers)
                    .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                    .body(content);
        }
        long length = content.length;
        long start;
        long end;
        try {
            start = ranges.getFirst().getRangeStart(length);
            end = ranges.getFirst().getRangeEnd(length);
        } catch (IllegalArgumentException e) {
            return unsatisfiable(range, length);
        }
        if (length == 0 || start > end) {
            return unsatisfiable(range, length);
        }
        return ResponseEntity.status(HttpStatus.PARTIAL_CONTENT)
                .headers(headers)
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + length)
                .body(Arrays.copyOfRange(content, (int) start, (int) end + 1));
    }

    private static List<HttpRange> parse(String range) {
        if (range == null || range.isBlank()) {
            return List.of();
        }
        try {
            return HttpRange.parseRanges(range);
        } catch (IllegalArgumentException e) {
            return List.of(); // RFC 9110 §14.2: a Range header that cannot be parsed is ignored
        }
    }

    private static ResponseEntity<?> unsatisfiable(String range, long length) {
        return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                .header(HttpHeaders.CONTENT_RANGE, "bytes */" + length)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(
                        HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
                        "RANGE-NOT-SATISFIABLE",
                        "The content is " + length + " bytes long; '" + range + "' selects none of it."));
    }
}
