package io.chainline.console.base.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.http.HttpStatusCode;

/**
 * Turns a {@code sendError} under {@code /api/**} into problem+json on the spot. Without it the container would
 * dispatch to {@code /error}, which the UI's filter chain guards: a token caller got a redirect to /login and a
 * Basic POST an empty 403 from CSRF.
 */
final class ProblemErrorResponse extends HttpServletResponseWrapper {

    private final HttpServletRequest request;
    private final ProblemResponses problems;

    ProblemErrorResponse(HttpServletRequest request, HttpServletResponse response, ProblemResponses problems) {
        super(response);
        this.request = request;
        this.problems = problems;
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        if (isCommitted()) {
            super.sendError(status, message);
            return;
        }
        problems.write(
                request, (HttpServletResponse) getResponse(), Problems.forStatus(HttpStatusCode.valueOf(status)));
        flushBuffer();
    }

    @Override
    public void sendError(int status) throws IOException {
        sendError(status, null);
    }
}
