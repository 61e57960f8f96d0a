package io.chainline.console.nfvo.api;

import io.chainline.console.base.api.ProblemResponses;
import io.chainline.console.base.api.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * SOL013 §4.9 on every SOL005 answer: the {@code Version} header says which version of the API answered, and a request
 * whose {@code Version} names another major version is refused with 406 rather than served in a shape the client
 * does not read. A request without the header is served (most clients written for SOL005 v2.x never send it).
 */
@Component
// Before ApiEdgeFilter (+5): its refusals (413 and the like) are SOL005 answers too and carry the header.
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class ApiVersionHeader extends OncePerRequestFilter {

    static final String VERSION = "Version";

    private final ProblemResponses problems;

    ApiVersionHeader(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SolApi.of(path(request)).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SolApi api = SolApi.of(path(request)).orElseThrow();
        response.setHeader(VERSION, api.version());
        String requested = request.getHeader(VERSION);
        if (requested != null && !requested.isBlank() && !api.serves(requested, path(request))) {
            problems.write(
                    request,
                    response,
                    Problems.of(
                            HttpStatus.NOT_ACCEPTABLE,
                            "API-VERSION-UNSUPPORTED",
                            "This API serves version " + api.version() + " at " + api.uriPrefix() + ", not "
                                    + requested.strip() + "; see " + api.root() + "/api_versions."));
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
