package io.chainline.console.security.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where the stateless API chain finds who is calling: the request itself (Basic, bearer) always, and the console's
 * signed-in browser session only for the reads {@code sessionReads} matches (GET and HEAD of the API), so the
 * OpenAPI document and the Swagger UI's "Try it out" work in a browser. A session never authenticates a change, so
 * the API chain still needs no CSRF token (ADR 0004, 0018), and nothing here ever writes to or creates a session.
 */
public final class SessionReadsSecurityContext implements SecurityContextRepository {

    private final HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();
    private final RequestMatcher sessionReads;
    private final SecurityContextHolderStrategy contexts;
    private final SecurityContextRepository delegate;

    /**
     * @param sessionReads the requests a signed-in session may authenticate; only safe methods belong here
     * @param contexts the chain's strategy (Vaadin installs its own), used for the contexts this creates
     */
    public SessionReadsSecurityContext(RequestMatcher sessionReads, SecurityContextHolderStrategy contexts) {
        this.sessionReads = sessionReads;
        this.contexts = contexts;
        session.setAllowSessionCreation(false);
        session.setDisableUrlRewriting(true);
        session.setSecurityContextHolderStrategy(contexts);
        RequestAttributeSecurityContextRepository perRequest = new RequestAttributeSecurityContextRepository();
        perRequest.setSecurityContextHolderStrategy(contexts);
        this.delegate = new DelegatingSecurityContextRepository(perRequest, new ReadOnlySession());
    }

    /** Whether the caller holds a signed-in console session (used to say why a change from a browser is refused). */
    public static boolean hasSignedInSession(HttpServletRequest request) {
        HttpSession existing = request.getSession(false);
        return existing != null
                && existing.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return delegate.loadDeferredContext(request);
    }

    /** Spring's older entry point; the chain's filters call {@link #loadDeferredContext} instead. */
    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        delegate.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return delegate.containsContext(request);
    }

    /** The session, read for matching requests and never written: Basic or a token must not end up in a session. */
    private final class ReadOnlySession implements SecurityContextRepository {

        @Override
        public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
            return sessionReads.matches(request) ? session.loadDeferredContext(request) : new Nobody();
        }

        @Override
        @SuppressWarnings("deprecation")
        public SecurityContext loadContext(HttpRequestResponseHolder holder) {
            throw new UnsupportedOperationException("read through loadDeferredContext");
        }

        @Override
        public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
            // never: the API chain is stateless
        }

        @Override
        public boolean containsContext(HttpServletRequest request) {
            return sessionReads.matches(request) && session.containsContext(request);
        }
    }

    /** No one, as the chain's strategy makes it: what a change finds when it carries no Basic or bearer. */
    private final class Nobody implements DeferredSecurityContext {

        @Override
        public SecurityContext get() {
            return contexts.createEmptyContext();
        }

        @Override
        public boolean isGenerated() {
            return true;
        }
    }
}
