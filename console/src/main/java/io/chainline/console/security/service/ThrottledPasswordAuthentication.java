package io.chainline.console.security.service;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * User name and password sign-in (login form and HTTP Basic): the {@link LoginThrottle} decides first, so a refused
 * try costs no bcrypt; a recent successful check is reused from the {@link PasswordCheckCache}; else the password is
 * checked against its hash and the outcome counted.
 */
@Component
public class ThrottledPasswordAuthentication implements AuthenticationProvider {

    /** Refused without checking the password: too many recent failures for this name or address. */
    public static class ThrottledException extends AuthenticationException {
        private final transient Duration retryAfter;

        ThrottledException(Duration retryAfter) {
            super("Too many failed sign-ins; try again in " + Math.max(1, retryAfter.toSeconds()) + " s.");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final PasswordCheckCache cache;

    ThrottledPasswordAuthentication(
            UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle, PasswordCheckCache cache) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.cache = cache;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String password =
                attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = address(attempt);
        Optional<UserDetails> remembered = cache.find(username, password);
        if (remembered.isPresent()) {
            return authenticated(remembered.get(), attempt);
        }
        Optional<Duration> wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            throw new ThrottledException(wait.get());
        }
        UserDetails user;
        try {
            user = cache.checkOnce(username, password, () -> check(attempt));
        } catch (BadCredentialsException e) {
            // Every attempt counts, also one that waited for an identical check running at the same time.
            throttle.failed(username, address);
            throw e;
        }
        throttle.succeeded(username, address);
        return authenticated(user, attempt);
    }

    private UserDetails check(Authentication attempt) {
        if (passwords.authenticate(attempt).getPrincipal() instanceof UserDetails user) {
            return user;
        }
        throw new InternalAuthenticationServiceException("The user store answered without user details");
    }

    private static Authentication authenticated(UserDetails user, Authentication attempt) {
        var result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(attempt.getDetails());
        return result;
    }

    static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
