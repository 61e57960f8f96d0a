package io.chainline.console.security.service;

import io.chainline.console.security.domain.Role;

/**
 * @param mustChangePassword true when someone other than the user chose the password (an admin, or a generator)
 */
public record CreateUserRequest(String username, String password, Role role, boolean mustChangePassword) {

    @Override
    public String toString() {
        return "CreateUserRequest[" + username + ", " + role + "]"; // never the password
    }
}
