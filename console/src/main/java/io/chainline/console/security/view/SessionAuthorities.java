package io.chainline.console.security.view;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import io.chainline.console.security.service.UserSummary;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The signed-in session's authorities, kept in step with what the user just did. Without this, a user who chose their
 * own password at the forced first sign-in kept the must-change mark in their session, so the API page and every
 * API call from that session answered PASSWORD-CHANGE-REQUIRED until they signed out and in again.
 */
final class SessionAuthorities {

    private SessionAuthorities() {}

    /** Drops the must-change-password mark from this session's authentication and stores the session's context. */
    static void passwordChanged() {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication who = context.getAuthentication();
        if (who == null) {
            return;
        }
        List<GrantedAuthority> kept = who.getAuthorities().stream()
                .filter(a -> !UserSummary.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()))
                .map(GrantedAuthority.class::cast)
                .toList();
        if (kept.size() == who.getAuthorities().size()) {
            return;
        }
        UsernamePasswordAuthenticationToken fresh =
                UsernamePasswordAuthenticationToken.authenticated(who.getPrincipal(), null, kept);
        fresh.setDetails(who.getDetails());
        context.setAuthentication(fresh);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            new HttpSessionSecurityContextRepository()
                    .saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
        }
    }
}
