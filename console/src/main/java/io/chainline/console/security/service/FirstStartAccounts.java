package io.chainline.console.security.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineProperties;
import io.chainline.console.security.domain.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the console can be entered on first start, without any built-in default password.
 *
 * <p>The first administrator is {@code admin}. Its password comes from {@code CHAINLINE_ADMIN_PASSWORD}; when that is
 * unset, a random one is generated and printed once, and must be changed at first login. An existing admin is never
 * touched, so restarting with another {@code CHAINLINE_ADMIN_PASSWORD} does not reset anything. With demo data on,
 * an {@code operator} and a {@code viewer} are created the same way so every role can be tried at once.
 */
@Component
@Order(0)
class FirstStartAccounts implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstStartAccounts.class);

    private final UserService users;
    private final ChainlineProperties properties;
    private final String configuredAdminPassword;

    FirstStartAccounts(
            UserService users,
            ChainlineProperties properties,
            @Value("${chainline.admin.password:}") String configuredAdminPassword) {
        this.users = users;
        this.properties = properties;
        this.configuredAdminPassword = configuredAdminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, String> generated = new LinkedHashMap<>();
        if (users.find(ADMIN).isEmpty()) {
            createAdmin(generated);
        }
        if (properties.demoData()) {
            createIfMissing("operator", Role.OPERATOR, generated);
            createIfMissing("viewer", Role.VIEWER, generated);
        }
        if (!generated.isEmpty()) {
            printOnce(generated);
        }
    }

    private void createAdmin(Map<String, String> generated) {
        if (configuredAdminPassword.isBlank()) {
            createIfMissing(ADMIN, Role.ADMIN, generated);
            return;
        }
        try {
            users.create(new CreateUserRequest(ADMIN, configuredAdminPassword, Role.ADMIN, false));
            log.info("chainline.admin.created username={} passwordSource=CHAINLINE_ADMIN_PASSWORD", ADMIN);
        } catch (ChainlineException e) {
            throw new IllegalStateException(
                    "CHAINLINE_ADMIN_PASSWORD is not accepted (" + e.code() + "): " + e.getMessage()
                            + " Set a stronger one, or unset it to have a random password generated.",
                    e);
        }
    }

    private void createIfMissing(String username, Role role, Map<String, String> generated) {
        if (users.find(username).isPresent()) {
            return;
        }
        String password = PasswordGenerator.generate();
        users.create(new CreateUserRequest(username, password, role, true));
        generated.put(username + " (" + role.label() + ")", password);
    }

    /** Deliberately the only place a password is ever logged: generated, one-time, and to be changed at first login. */
    private static void printOnce(Map<String, String> generated) {
        StringBuilder banner = new StringBuilder("\n\n  Chainline first start: sign in with these generated passwords"
                + " (shown once; each must be changed at first login)\n");
        generated.forEach((user, password) ->
                banner.append("    ").append(user).append(": ").append(password).append('\n'));
        log.warn(banner.toString());
    }
}
