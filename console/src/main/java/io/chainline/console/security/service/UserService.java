package io.chainline.console.security.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.security.domain.ColorSchemePreference;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.domain.UserAccount;
import io.chainline.console.security.domain.UserAccountRepository;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users, their passwords, roles and preferences. Every refusal is a {@link ChainlineException} with a code. */
@Service
@Transactional
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final PasswordCheckCache checkedPasswords;
    private final TokenCache tokenCache;

    UserService(
            UserAccountRepository users,
            PasswordEncoder passwordEncoder,
            Clock clock,
            PasswordCheckCache checkedPasswords,
            TokenCache tokenCache) {
        this.tokenCache = tokenCache;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.checkedPasswords = checkedPasswords;
    }

    public UserSummary create(CreateUserRequest request) {
        String username = UserAccount.normaliseUsername(request.username() == null ? "" : request.username());
        if (!USERNAME.matcher(username).matches()) {
            throw new ChainlineException(
                    "USER-NAME-INVALID",
                    Category.INVALID,
                    "Use 2 to 64 characters for the user name: letters, digits, '.', '_' or '-', starting with a"
                            + " letter or digit.");
        }
        if (users.existsByUsername(username)) {
            throw new ChainlineException(
                    "USER-EXISTS",
                    Category.CONFLICT,
                    "A user named '" + username + "' exists already; pick another name.");
        }
        PasswordPolicy.check(username, request.password());
        UserAccount account =
                new UserAccount(username, passwordEncoder.encode(request.password()), request.role(), clock.instant());
        if (request.mustChangePassword()) {
            account.requirePasswordChange();
        }
        return UserSummary.of(users.save(account));
    }

    @Transactional(readOnly = true)
    public List<UserSummary> list() {
        return users.findAll(Sort.by("username")).stream().map(UserSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<UserSummary> find(String username) {
        return users.findByUsername(UserAccount.normaliseUsername(username)).map(UserSummary::of);
    }

    /** The user changes their own password, proving they know the current one. */
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        UserAccount account = load(username);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new ChainlineException(
                    "USER-PASSWORD-WRONG", Category.INVALID, "The current password is not right; type it again.");
        }
        if (currentPassword.equals(newPassword)) {
            throw new ChainlineException(
                    PasswordPolicy.CODE, Category.INVALID, "Choose a new password that differs from the current one.");
        }
        PasswordPolicy.check(account.getUsername(), newPassword);
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        forgetChecks(account);
    }

    /** An administrator sets a password for someone else, who must then choose their own at next login. */
    public void resetPassword(String username, String newPassword) {
        UserAccount account = load(username);
        PasswordPolicy.check(account.getUsername(), newPassword);
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        account.requirePasswordChange();
        forgetChecks(account);
    }

    public UserSummary update(String username, Role role, boolean enabled) {
        if (role == null) {
            throw new ChainlineException(
                    "USER-ROLE-MISSING", Category.INVALID, "Give the user a role: VIEWER, OPERATOR or ADMIN.");
        }
        UserAccount account = load(username);
        boolean losesAdmin = account.getRole() == Role.ADMIN && account.isEnabled() && (role != Role.ADMIN || !enabled);
        if (losesAdmin && users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new ChainlineException(
                    "USER-LAST-ADMIN",
                    Category.CONFLICT,
                    "'" + account.getUsername()
                            + "' is the last enabled administrator; make another user ADMIN first.");
        }
        account.setRole(role);
        account.setEnabled(enabled);
        forgetChecks(account);
        return UserSummary.of(users.saveAndFlush(account));
    }

    public void setColorScheme(String username, ColorSchemePreference preference) {
        load(username).setColorScheme(preference);
    }

    private UserAccount load(String username) {
        return users.findByUsername(UserAccount.normaliseUsername(username))
                .orElseThrow(() -> new ChainlineException(
                        "USER-NOT-FOUND", Category.NOT_FOUND, "There is no user named '" + username + "'."));
    }

    /** The user changed: cached password checks and token callers of theirs must be looked up again. */
    private void forgetChecks(UserAccount account) {
        checkedPasswords.forget(account.getUsername());
        tokenCache.forgetOwner(account.getUsername());
    }
}
