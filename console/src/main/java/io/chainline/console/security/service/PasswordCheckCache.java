package io.chainline.console.security.service;

import io.chainline.console.security.domain.UserAccount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Remembers successful password checks for {@link #TTL}, so a script calling the API with HTTP Basic does not pay a
 * deliberately slow bcrypt check on every request. Keyed by a SHA-256 of user name and password (the password itself
 * is never held); dropped for a user whose password, role or enabled state changes. Bounded in size.
 */
@Component
public class PasswordCheckCache {

    static final Duration TTL = Duration.ofSeconds(60);
    static final int MAX_ENTRIES = 10_000;

    private record Checked(String username, UserDetails user, Instant until) {}

    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    private final Clock clock;

    PasswordCheckCache(Clock clock) {
        this.clock = clock;
    }

    Optional<UserDetails> find(String username, String password) {
        String key = key(username, password);
        Checked hit = checked.get(key);
        if (hit == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(hit.until())) {
            checked.remove(key, hit);
            return Optional.empty();
        }
        return Optional.of(hit.user());
    }

    void remember(String username, String password, UserDetails user) {
        if (checked.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            checked.values().removeIf(c -> !now.isBefore(c.until()));
            if (checked.size() >= MAX_ENTRIES) {
                checked.clear();
            }
        }
        checked.put(
                key(username, password),
                new Checked(name(username), user, clock.instant().plus(TTL)));
    }

    /** After a change to the user's password, role or enabled state: the next request checks the password again. */
    public void forget(String username) {
        String name = name(username);
        checked.values().removeIf(c -> c.username().equals(name));
    }

    private static String name(String username) {
        return UserAccount.normaliseUsername(username);
    }

    private static String key(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(name(username).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return java.util.HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
