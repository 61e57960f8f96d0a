package io.chainline.console.base.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The edge of {@code /api/**}, ahead of security: bounds every request body while it is read (a declared length over
 * the limit is refused before reading a byte), and makes every failure that passes through, whichever filter chain
 * it comes from, a problem+json answer instead of the container's error dispatch.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ApiEdgeFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;
    private final BodyLimits limits;

    ApiEdgeFilter(ProblemResponses problems, BodyLimits limits) {
        this.problems = problems;
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limits.limitFor(request);
        if (request.getContentLengthLong() > limit) {
            refuseTooLarge(request, response, limit);
            return;
        }
        try {
            chain.doFilter(new LimitedRequest(request, limit), new ProblemErrorResponse(request, response, problems));
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e; // part of an answer is on the wire already: nothing coherent can follow it
            }
            var tooLarge = RequestTooLargeException.in(e);
            if (tooLarge.isPresent()) {
                refuseTooLarge(request, response, tooLarge.get().limit());
            } else {
                problems.write(request, response, ProblemResponses.unexpected(request, e));
            }
        }
    }

    /** Answers at once and closes the connection, so the rest of the body is never read into the console. */
    private void refuseTooLarge(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        response.setHeader(HttpHeaders.CONNECTION, "close");
        problems.write(request, response, tooLarge(limit));
        response.flushBuffer();
    }

    static ProblemDetail tooLarge(long limit) {
        return Problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "REQUEST-TOO-LARGE",
                "The request body is larger than this endpoint accepts (" + limit + " bytes). Documents belong well"
                        + " under that; packages that large belong in a registry.");
    }
}
