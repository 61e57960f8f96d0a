package io.chainline.console.nfvo.api;

import io.chainline.console.nfvo.service.Sol005V1;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A v1 request's {@code Location} (the created resource, the operation occurrence a task started) names the v1
 * resource: the v2 endpoints a v1 controller inherits build their locations under v2.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 7)
class V1Locations extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !Sol005V1.isV1(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, v1(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, v1(name, value));
            }
        });
    }

    private static String v1(String name, String value) {
        return value != null && HttpHeaders.LOCATION.equalsIgnoreCase(name) ? Sol005V1.href(value) : value;
    }
}
