package io.chainline.console.base.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.handler.MappedInterceptor;

/**
 * An {@code /api/**} path no controller serves answers 404 problem+json. Without this, Vaadin's catch-all mapping
 * (which forwards every unmatched path to the UI) answered it with 200 and the app's HTML page.
 */
@Configuration
class ApiPathsConfiguration {

    /** Detected by every handler mapping, Vaadin's included, so it sees the handler an unknown path resolved to. */
    @Bean
    MappedInterceptor unknownApiPaths() {
        return new MappedInterceptor(new String[] {"/api/**"}, new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws Exception {
                if (handler instanceof HandlerMethod || handler instanceof HttpRequestHandler) {
                    return true; // a controller, or a resource handler that answers 404 itself
                }
                response.sendError(HttpStatus.NOT_FOUND.value());
                return false;
            }
        });
    }
}
