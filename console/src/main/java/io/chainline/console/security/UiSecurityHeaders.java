package io.chainline.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every UI response, set before the request goes on: Vaadin answers pages through a forward to
 * its servlet, and headers Spring Security writes lazily at commit did not reach those answers.
 */
class UiSecurityHeaders extends OncePerRequestFilter {

    /**
     * What UI pages may load: only the console's own origin. Vaadin's bootstrap and Lit styles are inline and its
     * client evaluates generated code, so 'unsafe-inline' (and 'unsafe-eval' for scripts) stay; plugins and framing
     * are refused.
     */
    static final String CONTENT_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self' ws: wss:; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self';"
            + " form-action 'self'; object-src 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // no page of the console is meant to be framed, not even by itself (clickjacking); the API chain says the same
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
