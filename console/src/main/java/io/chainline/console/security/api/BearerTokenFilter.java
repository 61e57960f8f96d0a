package io.chainline.console.security.api;

import io.chainline.console.security.service.ApiTokenService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer chl_…}: the token's owner, with the token's role and
 * every role below it. A presented token that does not authenticate is refused outright rather than treated as
 * anonymous, so a script learns that its token is the problem. Made by the API filter chain, never registered as a
 * servlet filter of its own.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final ProblemJsonSecurityHandler problems;
    private final SecurityContextHolderStrategy contexts;

    /**
     * @param contexts the strategy the chain's other filters use (Vaadin installs its own), so the authentication set
     *     here is the one authorization reads
     */
    public BearerTokenFilter(
            ApiTokenService tokens, ProblemJsonSecurityHandler problems, SecurityContextHolderStrategy contexts) {
        this.tokens = tokens;
        this.problems = problems;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenService.Caller> caller =
                tokens.authenticate(header.substring(7).strip());
        if (caller.isEmpty()) {
            problems.rejectToken(request, response);
            return;
        }
        var authorities = caller.get().role().grantedRoles().stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(caller.get().username(), null, authorities);
        authentication.setDetails("token " + caller.get().tokenName());
        var context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
