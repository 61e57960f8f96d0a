package io.chainline.console.nfvo.api;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.nfvo.service.ApiRoot;
import io.chainline.console.nfvo.service.KeysetPages;
import io.chainline.console.nfvo.service.KeysetPages.Key;
import io.chainline.console.nfvo.service.KeysetPages.Keyed;
import io.chainline.console.nfvo.service.Sol005Collection;
import io.chainline.console.nfvo.service.Sol005Json;
import io.chainline.console.nfvo.service.Sol005V1;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A SOL005 collection answer: the SOL013 filter applied, then one page, with a {@code Link: <…>; rel="next"} header
 * carrying the {@code nextpage_opaque_marker} of the next page, each resource in it as the SOL013 attribute selectors
 * ask ({@link Sol013Selectors}; none given is {@code exclude_default}).
 */
@Component
class Sol013Paging {

    /**
     * How many SQL pages one answer reads at most while terms evaluated in memory leave it short; then the page is
     * short and its marker continues after the last row read, so a client pages on and the cost stays bounded.
     */
    static final int MAX_ROUNDS = 10;

    /** Attributes whose v1 value differs from the column (v2.6.1 has no ERROR state): filtered in memory on v1. */
    private static final Set<String> V1_SHAPED = Set.of("onboardingState", "nsdOnboardingState", "pnfdOnboardingState");

    private final Sol005Json json;
    private final JsonMapper http;
    private final ApiRoot root;
    private final int pageSize;

    /** @param http the mapper the API writes its answers with, so a selected resource reads as an unselected one */
    Sol013Paging(
            Sol005Json json, JsonMapper http, ApiRoot root, @Value("${chainline.api.page-size:100}") int pageSize) {
        this.json = json;
        this.http = http;
        this.root = root;
        this.pageSize = pageSize;
    }

    /**
     * @param type the resource's record, whose attributes the filter and the selectors may name
     * @param all the collection, read once the request's filter and selectors are known to be valid
     */
    <T> ResponseEntity<List<JsonNode>> page(
            Class<T> type, Supplier<List<T>> all, String filter, String marker, HttpServletRequest request) {
        Sol013Filter parsed = Sol013Filter.parse(filter);
        Sol013Attributes.require(type, parsed);
        Sol013Selectors selectors = Sol013Selectors.of(type, request);
        int from = offset(marker);
        Shape shape = new Shape(isV1(request), root.of(request));
        List<T> matching = parsed.terms().isEmpty()
                ? all.get()
                : all.get().stream()
                        .filter(r -> parsed.matches(shaped(json.tree(r), shape)))
                        .toList();
        int to = Math.min(matching.size(), from + pageSize);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (to < matching.size()) {
            String next = ServletUriComponentsBuilder.fromRequest(request)
                    .replaceQueryParam("nextpage_opaque_marker", marker(to))
                    .build()
                    .toUriString();
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        List<T> page = from >= matching.size() ? List.<T>of() : matching.subList(from, to);
        return answer.body(page.stream().map(r -> selected(r, selectors, shape)).toList());
    }

    /**
     * A collection paged in SQL by key (ADR 0044): the filter's terms that map to columns narrow each SQL page, the
     * whole filter is evaluated again on the rows (as the client reads them), and further SQL pages are read while
     * the answer is short, at most {@link #MAX_ROUNDS}.
     */
    <T> ResponseEntity<List<JsonNode>> keyset(
            Class<T> type, Sol005Collection<T> collection, String filter, String marker, HttpServletRequest request) {
        Sol013Filter parsed = Sol013Filter.parse(filter);
        Sol013Attributes.require(type, parsed);
        Sol013Selectors selectors = Sol013Selectors.of(type, request);
        Optional<Key> after = PageMarker.parse(marker);
        Shape shape = new Shape(isV1(request), root.of(request));
        boolean v1 = shape.v1();
        List<KeysetPages.Term> terms = parsed.terms().stream()
                .filter(t -> !(v1
                        && t.path().size() == 1
                        && V1_SHAPED.contains(t.path().getFirst())))
                .map(t -> new KeysetPages.Term(t.op(), String.join(".", t.path()), t.values()))
                .toList();
        Scan<T> scan = scan(collection, parsed, terms, after, shape);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        scan.next().ifPresent(key -> answer.header(HttpHeaders.LINK, next(request, PageMarker.of(key))));
        return answer.body(
                scan.page().stream().map(r -> selected(r, selectors, shape)).toList());
    }

    /** One answer's rows and the key the next page starts after, if there is one. */
    private record Scan<T>(List<T> page, Optional<Key> next) {}

    private <T> Scan<T> scan(
            Sol005Collection<T> collection,
            Sol013Filter filter,
            List<KeysetPages.Term> terms,
            Optional<Key> after,
            Shape shape) {
        List<Keyed<T>> matches = new ArrayList<>();
        Optional<Key> cursor = after;
        boolean more = true;
        for (int round = 0; round < MAX_ROUNDS && more && matches.size() <= pageSize; round++) {
            List<Keyed<T>> rows = collection.page(new KeysetPages.Request(terms, cursor, pageSize + 1));
            more = rows.size() > pageSize;
            for (Keyed<T> row : rows) {
                cursor = Optional.of(row.key());
                if (filter.terms().isEmpty() || filter.matches(shaped(json.tree(row.view()), shape))) {
                    matches.add(row);
                }
                if (matches.size() > pageSize) {
                    break;
                }
            }
        }
        if (matches.size() > pageSize) {
            List<Keyed<T>> page = matches.subList(0, pageSize);
            return new Scan<>(views(page), Optional.of(page.getLast().key()));
        }
        return new Scan<>(views(matches), more ? cursor : Optional.empty());
    }

    private static <T> List<T> views(List<Keyed<T>> rows) {
        return rows.stream().map(Keyed::view).toList();
    }

    private static String next(HttpServletRequest request, String marker) {
        String next = ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("nextpage_opaque_marker", marker)
                .build()
                .toUriString();
        return "<" + next + ">; rel=\"next\"";
    }

    private static boolean isV1(HttpServletRequest request) {
        return Sol005V1.isV1(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** Whether the collection is a v1 one, and the request's {apiRoot}. */
    private record Shape(boolean v1, String apiRoot) {}

    /**
     * The resource as the client reads it, which is what its filter is matched on: links absolute, and in a v1
     * collection v1's states (a failed package is CREATED there, not ERROR).
     */
    private JsonNode shaped(JsonNode tree, Shape shape) {
        root.rooted(tree, shape.apiRoot());
        return shape.v1() ? Sol005V1.shape(tree) : tree;
    }

    private JsonNode selected(Object resource, Sol013Selectors selectors, Shape shape) {
        JsonNode tree = shaped(http.valueToTree(resource), shape);
        if (tree instanceof ObjectNode object) {
            selectors.apply(object);
        }
        return tree;
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
