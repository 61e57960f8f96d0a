package io.chainline.console.base.api;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.Cursor;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The console's own {@code /api/v1} lists paged by key-set: {@code ?limit=} asks for a page, the body stays the JSON
 * array it always was, and {@code Link: <…?after=marker>; rel="next"} names the next page (RFC 8288). Without
 * {@code limit} a list answers every row, as before paging existed.
 */
public final class PageLinks {

    /** The largest page one request may ask for. */
    public static final int MAX_LIMIT = 500;

    private PageLinks() {}

    /** The page size when a client follows a marker without naming one. */
    public static final int DEFAULT_LIMIT = 100;

    /** Whether the request asks for a page ({@code limit} or {@code after}) rather than the whole list. */
    public static boolean paged(Integer limit, String after) {
        return limit != null || (after != null && !after.isBlank());
    }

    /** The page size asked for, checked: 1 to {@link #MAX_LIMIT} (absent: 100); a coded 400 otherwise. */
    public static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ChainlineException(
                    "LIMIT-INVALID",
                    ChainlineException.Category.MALFORMED,
                    "limit is a number of rows from 1 to " + MAX_LIMIT + ".");
        }
        return limit;
    }

    /** The page's rows as the body, and the next page's address in a {@code Link} header when there is one. */
    public static <T> ResponseEntity<List<T>> ok(Cursor.Page<T> page) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        page.next().ifPresent(marker -> response.header(HttpHeaders.LINK, "<" + next(marker) + ">; rel=\"next\""));
        return response.body(page.rows());
    }

    private static String next(String marker) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("after", marker)
                .build()
                .toUriString();
    }
}
