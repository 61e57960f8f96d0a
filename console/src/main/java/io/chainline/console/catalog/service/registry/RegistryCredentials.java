package io.chainline.console.catalog.service.registry;

/** A user name and password (or token) for one registry. Never logged: {@link #toString()} hides the secret. */
public record RegistryCredentials(String username, String password) {

    @Override
    public String toString() {
        return "RegistryCredentials[username=" + username + ", password=***]";
    }
}
