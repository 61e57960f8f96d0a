package io.chainline.console.support;

import io.chainline.console.security.domain.Role;
import io.chainline.console.security.service.CreateUserRequest;
import io.chainline.console.security.service.UserService;

/** Accounts with known passwords, one per role, created on demand in whichever context a test runs. */
public final class TestUsers {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Noc-Test-Passphrase-1";
    public static final String OPERATOR = "it-operator";
    public static final String VIEWER = "it-viewer";
    public static final String PASSWORD = "correct-horse-battery";

    private TestUsers() {}

    /** Idempotent: safe to call from every test of a shared context. */
    public static void ensure(UserService users) {
        if (users.find(OPERATOR).isEmpty()) {
            users.create(new CreateUserRequest(OPERATOR, PASSWORD, Role.OPERATOR, false));
        }
        if (users.find(VIEWER).isEmpty()) {
            users.create(new CreateUserRequest(VIEWER, PASSWORD, Role.VIEWER, false));
        }
    }

    public static String passwordOf(String username) {
        return ADMIN.equals(username) ? ADMIN_PASSWORD : PASSWORD;
    }
}
