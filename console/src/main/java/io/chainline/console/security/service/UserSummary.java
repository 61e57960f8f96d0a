package io.chainline.console.security.service;

import io.chainline.console.security.domain.ColorSchemePreference;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.domain.UserAccount;
import java.time.Instant;

/** What the console shows of a user: never the password hash. */
public record UserSummary(
        long id,
        String username,
        Role role,
        boolean enabled,
        boolean mustChangePassword,
        ColorSchemePreference colorScheme,
        Instant createdAt,
        Instant passwordChangedAt,
        long version) {

    /** The authority of a signed-in user who must choose their own password before anything else (over the API). */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    static UserSummary of(UserAccount account) {
        return new UserSummary(
                account.getId(),
                account.getUsername(),
                account.getRole(),
                account.isEnabled(),
                account.isMustChangePassword(),
                account.getColorScheme(),
                account.getCreatedAt(),
                account.getPasswordChangedAt(),
                account.getVersion());
    }
}
