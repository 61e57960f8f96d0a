package io.chainline.console.security.api;

import io.chainline.console.base.api.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers unauthenticated (401) and forbidden (403) API calls as RFC 9457 {@code application/problem+json}, the
 * format SOL005 clients expect, instead of Spring's HTML error page or an empty body.
 */
@Component
public class ProblemJsonSecurityHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    ProblemJsonSecurityHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (SessionReadsSecurityContext.hasSignedInSession(request)) {
            // a browser signed in to the console (the API page's "Try it out"): no Basic challenge, which would pop
            // up the browser's password dialog, but what it takes to change things
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Chainline\"");
            write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "AUTH-TOKEN-REQUIRED",
                    "Your console session authenticates reads of the API (GET) only; changes need an API token. Create one under"
                            + " API tokens and enter it under Authorize on the API page, or send it as"
                            + " 'Authorization: Bearer …'.");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Chainline\", charset=\"UTF-8\"");
        write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "AUTH-REQUIRED",
                "Authenticate with HTTP Basic (user name and password) or a bearer API token.");
    }

    /** A bearer token that is unknown, expired or revoked: said as such, so a script's operator knows what to fix. */
    public void rejectToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Chainline\", error=\"invalid_token\"");
        write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "TOKEN-INVALID",
                "The bearer token is unknown, expired or revoked, or its owner is disabled; create a new one under"
                        + " API tokens.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                "AUTH-FORBIDDEN",
                "Your role does not allow this operation; ask an administrator for a role that does.");
    }

    private void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        ProblemDetail problem = Problems.of(status, code, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
