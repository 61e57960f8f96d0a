package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * Conditional requests on SOL005's modifiable resources (SOL005 412 "typically an ETag mismatch", RFC 9110 §13.1.1).
 * The ETag of a resource is a strong tag of its whole representation (a digest of its JSON), so it changes exactly
 * when what a GET shows changes, derived states included (usageState, nsState). If-Match is optional, as SOL005
 * has it (no 428); when sent it is {@code *} or a list of ETags, compared strongly: a weak tag ({@code W/"…"}) never
 * matches, as RFC 9110 requires for If-Match.
 */
public final class IfMatch {

    /** No If-Match: the change applies to whatever the resource is now. */
    public static final IfMatch ABSENT = new IfMatch(false, List.of());

    private final boolean any;
    private final List<String> strong;

    private IfMatch(boolean any, List<String> strong) {
        this.any = any;
        this.strong = strong;
    }

    /** @throws ChainlineException IF-MATCH-INVALID (400) for a header that is not {@code *} or entity tags */
    public static IfMatch parse(String header) {
        if (header == null || header.isBlank()) {
            return ABSENT;
        }
        if (header.strip().equals("*")) {
            return new IfMatch(true, List.of());
        }
        List<String> strong = new ArrayList<>();
        int at = 0;
        String text = header.strip();
        while (at < text.length()) {
            boolean weak = text.startsWith("W/", at);
            int open = weak ? at + 2 : at;
            int close = open < text.length() && text.charAt(open) == '"' ? text.indexOf('"', open + 1) : -1;
            if (close < 0) {
                throw invalid(header);
            }
            if (!weak) {
                strong.add(text.substring(open, close + 1));
            }
            at = next(text, close + 1, header);
        }
        return new IfMatch(false, List.copyOf(strong));
    }

    /** Past the separating comma and whitespace; the end of the header is fine too. */
    private static int next(String text, int at, String header) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i == text.length()) {
            return i;
        }
        if (text.charAt(i) != ',') {
            throw invalid(header);
        }
        i++;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The strong ETag of a representation: a digest of its JSON, quoted. */
    public static String etag(String representationJson) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(representationJson.getBytes(StandardCharsets.UTF_8));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Whether a resource whose ETag is {@code current} meets the condition (strong comparison). */
    public boolean matches(String current) {
        return this == ABSENT || any || strong.contains(current);
    }

    /**
     * Refuses the change unless the resource is still as the client saw it; {@code current} is asked only when the
     * condition needs it (computing a representation reads more than the change itself).
     *
     * @param prefix the resource's code prefix: a refusal is {@code <prefix>-CHANGED} (412)
     */
    public void require(Supplier<String> current, String prefix, String label) {
        if (this == ABSENT || any) {
            return;
        }
        String now = current.get();
        if (!matches(now)) {
            throw new ChainlineException(
                    prefix + "-CHANGED",
                    Category.PRECONDITION_FAILED,
                    "This " + label + " changed since the ETag sent in If-Match (its ETag is now " + now
                            + "; weak tags never match); GET it again, check it, and retry with its ETag.");
        }
    }

    private static ChainlineException invalid(String header) {
        return new ChainlineException(
                "IF-MATCH-INVALID",
                Category.MALFORMED,
                "If-Match must be * or the ETag a GET answered, quoted as it came (e.g. \"Kx3…\"); got " + header
                        + ".");
    }
}
