package io.chainline.console.security.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import java.nio.charset.StandardCharsets;

/**
 * The rules every password must meet. Length is what matters (NIST SP 800-63B); BCrypt reads at most 72 bytes, so
 * longer passwords are refused rather than silently truncated.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    public static final String CODE = "USER-PASSWORD-POLICY";

    private PasswordPolicy() {}

    /** @throws ChainlineException with code {@value #CODE} saying which rule failed and what to do */
    public static void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw refuse("Choose a password of at least " + MIN_LENGTH
                    + " characters; a passphrase of a few words works" + " well.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw refuse(
                    "Choose a password of at most " + MAX_BYTES + " bytes (UTF-8); longer ones would be truncated.");
        }
        if (password.isBlank() || password.chars().distinct().count() < 4) {
            throw refuse("Choose a password with at least four different characters.");
        }
        if (username != null
                && password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            throw refuse("Choose a password that does not contain the user name.");
        }
    }

    private static ChainlineException refuse(String message) {
        return new ChainlineException(CODE, Category.INVALID, message);
    }
}
