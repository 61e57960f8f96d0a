package io.chainline.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires the CSRF token on the login form's POST. Vaadin exempts its login path from CSRF protection, which lets
 * another site sign a victim in to an account of the attacker's choosing (login CSRF); the login form sends the token
 * from the page's {@code _csrf} meta tags, so a real sign-in always has it. Runs after Spring's CsrfFilter, which has
 * loaded the session's token even for exempt paths.
 */
class LoginFormCsrf extends OncePerRequestFilter {

    private final String loginPath;

    LoginFormCsrf(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !loginPath.equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesToken(request)) {
            // written here, not sendError: the error page would be another secured request, answered with a redirect
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("The sign-in form was not sent from this console; open the sign-in page again.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean carriesToken(HttpServletRequest request) {
        if (!(request.getAttribute(DeferredCsrfToken.class.getName()) instanceof DeferredCsrfToken deferred)
                || deferred.isGenerated()) {
            // no token was ever handed out in this session: the form cannot have come from our page
            return false;
        }
        CsrfToken expected = deferred.get();
        // the page may carry the token masked (Spring's default) or as is
        return same(
                        expected.getToken(),
                        new XorCsrfTokenRequestAttributeHandler().resolveCsrfTokenValue(request, expected))
                || same(
                        expected.getToken(),
                        new CsrfTokenRequestAttributeHandler().resolveCsrfTokenValue(request, expected));
    }

    private static boolean same(String expected, String actual) {
        return actual != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
