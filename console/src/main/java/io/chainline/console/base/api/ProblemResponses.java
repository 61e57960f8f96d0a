package io.chainline.console.base.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem+json straight onto a servlet response, for failures that never reach a controller advice (a body
 * refused while streaming, an exception out of a filter, a framework's {@code sendError}); and the one place an
 * unexpected failure is logged, under the correlation id its caller is given.
 */
@Component
public class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        // ProblemDetail's extra properties (code, correlationId) belong at the top level, as the converters write them
        this.json = json.rebuild()
                .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
                .build();
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(instance(request));
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        byte[] body = json.writeValueAsBytes(problem);
        response.setContentLength(body.length); // a caller reading a refusal mid-upload knows where the answer ends
        response.getOutputStream().write(body);
    }

    /**
     * A failure nobody anticipated: the caller gets a 500 with a correlation id and no stack trace; the log gets the
     * stack trace under the same id, once.
     */
    public static ProblemDetail unexpected(HttpServletRequest request, Throwable failure) {
        String correlationId =
                HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        log.error(
                "API request {} {} failed unexpectedly [correlationId={}]",
                request.getMethod(),
                request.getRequestURI(),
                correlationId,
                failure);
        ProblemDetail problem = Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "INTERNAL-ERROR",
                "The console failed to answer this request. Report correlation id " + correlationId
                        + " to an administrator; it identifies the failure in the console's log.");
        problem.setProperty("correlationId", correlationId);
        return problem;
    }

    private static URI instance(HttpServletRequest request) {
        try {
            return URI.create(request.getRequestURI());
        } catch (IllegalArgumentException e) {
            return null; // a path that is not a valid URI reference: the problem is still useful without it
        }
    }
}
