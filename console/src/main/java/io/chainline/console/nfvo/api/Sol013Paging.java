package io.chainline.console.nfvo.api;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.nfvo.service.Sol005Json;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A SOL005 collection answer: the SOL013 filter applied, then one page, with a {@code Link: <…>; rel="next"} header
 * carrying the {@code nextpage_opaque_marker} of the next page.
 */
@Component
class Sol013Paging {

    private final Sol005Json json;
    private final int pageSize;

    Sol013Paging(Sol005Json json, @Value("${chainline.api.page-size:100}") int pageSize) {
        this.json = json;
        this.pageSize = pageSize;
    }

    /** @param type the resource's record, whose attributes the filter may name */
    <T> ResponseEntity<List<T>> page(
            Class<T> type, List<T> all, String filter, String marker, HttpServletRequest request) {
        Sol013Filter parsed = Sol013Filter.parse(filter);
        Sol013Attributes.require(type, parsed);
        List<T> matching = parsed.terms().isEmpty()
                ? all
                : all.stream().filter(r -> parsed.matches(json.tree(r))).toList();
        int from = offset(marker);
        int to = Math.min(matching.size(), from + pageSize);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (to < matching.size()) {
            String next = ServletUriComponentsBuilder.fromRequest(request)
                    .replaceQueryParam("nextpage_opaque_marker", marker(to))
                    .build()
                    .toUriString();
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return answer.body(from >= matching.size() ? List.of() : matching.subList(from, to));
    }

    private static String marker(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String marker) {
        if (marker == null || marker.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
            if (!text.startsWith("o:")) {
                throw new IllegalArgumentException(text);
            }
            return Math.max(0, Integer.parseInt(text.substring(2)));
        } catch (IllegalArgumentException e) {
            throw new ChainlineException(
                    "PAGING-MARKER-INVALID",
                    Category.INVALID,
                    "nextpage_opaque_marker is not one this API gave out; follow the Link header's next URL.",
                    e);
        }
    }
}
