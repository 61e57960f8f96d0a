package io.chainline.console.security.api;

import io.chainline.console.base.api.Problems;
import io.chainline.console.security.service.ThrottledPasswordAuthentication.ThrottledException;
import io.chainline.console.security.service.UserSummary;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the API answers around password sign-in, kept apart from the general 401/403 answers: a throttled Basic try
 * is a 429 with Retry-After (not a 401 that invites another guess), and a user who must change the password may only
 * read {@code /api/v1/me} and change it there.
 */
@Component
public class SignInGuards {

    private final JsonMapper json;

    SignInGuards(JsonMapper json) {
        this.json = json;
    }

    /** Answers a throttled try itself; hands every other authentication failure to {@code others}. */
    public AuthenticationEntryPoint throttledOr(AuthenticationEntryPoint others) {
        return (request, response, e) -> {
            if (e instanceof ThrottledException throttled) {
                long seconds = Math.max(1, throttled.retryAfter().toSeconds());
                response.setHeader("Retry-After", Long.toString(seconds));
                write(
                        request,
                        response,
                        HttpStatus.TOO_MANY_REQUESTS,
                        "LOGIN-THROTTLED",
                        "Too many failed sign-ins for this user or address; try again in " + seconds
                                + " s. Scripts should use an API token instead of a password.");
            } else {
                others.commence(request, response, e);
            }
        };
    }

    /** The filter that keeps a must-change-password user to {@code /api/v1/me}; runs after authentication. */
    public OncePerRequestFilter passwordChangeGuard(SecurityContextHolderStrategy contexts) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Authentication who = contexts.getContext().getAuthentication();
                if (who != null && mustChangePassword(who) && !allowed(request)) {
                    write(
                            request,
                            response,
                            HttpStatus.FORBIDDEN,
                            "PASSWORD-CHANGE-REQUIRED",
                            "Your password was generated or reset: choose your own first (PUT /api/v1/me/password"
                                    + " or sign in to the console), then repeat this call.");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    private static boolean mustChangePassword(Authentication who) {
        return who.getAuthorities().stream()
                .anyMatch(a -> UserSummary.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return (path.equals("/api/v1/me") && "GET".equals(request.getMethod()))
                || (path.equals("/api/v1/me/password") && "PUT".equals(request.getMethod()));
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
