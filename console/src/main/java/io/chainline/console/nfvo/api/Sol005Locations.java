package io.chainline.console.nfvo.api;

import io.chainline.console.nfvo.service.ApiRoot;
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
 * The {@code Location} of a SOL005 answer (the created resource, the operation occurrence a task started, the
 * existing subscription of a 303) is an absolute URI under the request's {@code {apiRoot}} ({@link ApiRoot}: a
 * client follows it as given), and a v1 request's names the v1 resource: the v2 endpoints a v1 controller inherits
 * build their locations as v2 paths.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 7)
class Sol005Locations extends OncePerRequestFilter {

    private final ApiRoot root;

    Sol005Locations(ApiRoot root) {
        this.root = root;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SolApi.of(path(request)).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean v1 = Sol005V1.isV1(path(request));
        String apiRoot = root.of(request);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, located(name, value, v1, apiRoot));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, located(name, value, v1, apiRoot));
            }
        });
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String located(String name, String value, boolean v1, String apiRoot) {
        if (value == null || !HttpHeaders.LOCATION.equalsIgnoreCase(name)) {
            return value;
        }
        return ApiRoot.absolute(apiRoot, v1 ? Sol005V1.href(value) : value);
    }
}
