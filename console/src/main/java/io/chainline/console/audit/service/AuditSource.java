package io.chainline.console.audit.service;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a change comes from: the API or the console UI with the client's address (and the API token, when one
 * authenticated the call), or the console itself (jobs, schedules, recovery) when no request is in progress.
 */
final class AuditSource {

    private AuditSource() {}

    static String current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return "console (" + Thread.currentThread().getName().replaceAll("-\\d+$", "") + ")";
        }
        HttpServletRequest request = servlet.getRequest();
        String channel = request.getRequestURI().startsWith("/api/") ? "API" : "UI";
        String forwarded = request.getHeader("X-Forwarded-For");
        String address =
                forwarded != null && !forwarded.isBlank() ? forwarded.split(",")[0].strip() : request.getRemoteAddr();
        // the request's principal is the authentication the security chain settled on, whatever its context strategy
        String token = request.getUserPrincipal() instanceof Authentication authentication
                        && authentication.getDetails() instanceof String details
                        && details.startsWith("token ")
                ? ", " + details
                : "";
        return channel + " from " + address + token;
    }
}
