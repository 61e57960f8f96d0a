package io.chainline.console.security.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.security.domain.ApiToken;
import io.chainline.console.security.domain.ApiTokenRepository;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.domain.UserAccount;
import io.chainline.console.security.domain.UserAccountRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * API tokens for scripts and pipelines: a token acts as its owner, with a role no higher than the owner's (then and at
 * every use), until it expires or is revoked. The secret is shown once; only its SHA-256 hash is stored.
 */
@Service
public class ApiTokenService {

    /** A token's secret starts with this, so scanners and people recognise a leaked one. */
    public static final String PREFIX = "chl_";

    private static final int MAX_DAYS = 366;

    /** What a token may do: lists and pages show it; its secret never. */
    public record TokenView(
            UUID id,
            String name,
            String owner,
            Role role,
            String hint,
            Instant createdAt,
            Instant expiresAt,
            Optional<Instant> revokedAt,
            Optional<Instant> lastUsedAt,
            boolean active) {}

    /** A new token with its secret, the only time the secret is available. */
    public record CreatedToken(TokenView token, String secret) {}

    /**
     * @param days how long it lasts, 1 to 366 (default 90)
     */
    public record TokenRequest(String name, Role role, Integer days) {
        public TokenRequest {
            name = name == null ? "" : name.strip();
            days = days == null ? 90 : days;
        }
    }

    /** Who a valid token authenticates, and with which role. */
    public record Caller(String username, Role role, String tokenName) {}

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ApiTokenUsage usage;
    private final TokenCache cache;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(
            ApiTokenRepository tokens,
            UserAccountRepository users,
            AuditLog audit,
            TransactionTemplate tx,
            Clock clock,
            ApiTokenUsage usage,
            TokenCache cache) {
        this.usage = usage;
        this.cache = cache;
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Creates a token for {@code owner}. {@code callerRole} is the role the request itself carries (a token's, when a
     * token asks), so a token can never mint a stronger one.
     */
    public CreatedToken create(String owner, Role callerRole, TokenRequest request) {
        Role accountRole = account(owner).getRole();
        Role ownRole = accountRole.includes(callerRole) ? callerRole : accountRole;
        Role role = request.role() == null ? ownRole : request.role();
        validate(request, role, ownRole);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return tx.execute(s -> {
            if (tokens.existsByOwnerAndName(owner, request.name())) {
                throw new ChainlineException(
                        "TOKEN-NAME-TAKEN",
                        Category.CONFLICT,
                        "You already have a token named " + request.name() + "; revoke it or choose another name.");
            }
            Instant now = clock.instant();
            ApiToken token = tokens.saveAndFlush(new ApiToken(
                    UUID.randomUUID(),
                    request.name(),
                    owner,
                    role,
                    hash(secret),
                    secret.substring(0, PREFIX.length() + 6),
                    now,
                    now.plus(Duration.ofDays(request.days()))));
            audit.record(
                    owner,
                    "token.created",
                    "token",
                    token.getId().toString(),
                    request.name() + " (" + role + ", expires " + token.getExpiresAt() + ")");
            return new CreatedToken(view(token, now), secret);
        });
    }

    public List<TokenView> mine(String owner) {
        Instant now = clock.instant();
        return tx.execute(s -> tokens.findByOwnerOrderByCreatedAtDesc(owner).stream()
                .map(t -> view(t, now))
                .toList());
    }

    public List<TokenView> all() {
        Instant now = clock.instant();
        return tx.execute(s -> tokens.findAllByOrderByOwnerAscCreatedAtDesc().stream()
                .map(t -> view(t, now))
                .toList());
    }

    /** Revokes a token: its owner may, and so may an administrator. */
    public TokenView revoke(UUID id, String actor, boolean admin) {
        TokenView revoked = tx.execute(s -> {
            ApiToken token = tokens.findById(id)
                    .filter(t -> admin || t.getOwner().equals(actor))
                    .orElseThrow(() -> new ChainlineException(
                            "TOKEN-NOT-FOUND", Category.NOT_FOUND, "You have no token " + id + "."));
            token.revoke(actor, clock.instant());
            audit.record(actor, "token.revoked", "token", id.toString(), token.getName() + " of " + token.getOwner());
            return view(token, clock.instant());
        });
        // After the commit: only a request racing with the commit itself could cache the old row again (for TTL).
        cache.forgetToken(id);
        return revoked;
    }

    /**
     * Who a presented secret authenticates: nobody when it is unknown, expired, revoked, or its owner is disabled; its
     * role is lowered to the owner's current role if the owner was demoted since.
     */
    public Optional<Caller> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(secret);
        Optional<TokenCache.Hit> hit = cache.find(hash);
        if (hit.isPresent()) {
            usage.used(hit.get().tokenId(), clock.instant());
            return Optional.of(hit.get().caller());
        }
        return tx.execute(s -> tokens.findBySecretHash(hash)
                .filter(t -> t.usableAt(clock.instant()))
                .flatMap(t -> users.findByUsername(t.getOwner())
                        .filter(UserAccount::isEnabled)
                        .map(owner -> {
                            usage.used(t.getId(), clock.instant());
                            Role role = owner.getRole().includes(t.getRole()) ? t.getRole() : owner.getRole();
                            Caller caller = new Caller(owner.getUsername(), role, t.getName());
                            cache.remember(hash, new TokenCache.Hit(caller, t.getId(), t.getExpiresAt()));
                            return caller;
                        })));
    }

    private void validate(TokenRequest request, Role role, Role ownRole) {
        if (request.name().isEmpty() || request.name().length() > 100) {
            throw new ChainlineException(
                    "TOKEN-NAME-INVALID",
                    Category.INVALID,
                    "Name the token (1 to 100 characters), e.g. after its pipeline.");
        }
        if (!ownRole.includes(role)) {
            throw new ChainlineException(
                    "TOKEN-ROLE-TOO-HIGH",
                    Category.FORBIDDEN,
                    "A token cannot do more than its owner: you are " + ownRole + ", the token asks for " + role + ".");
        }
        if (request.days() < 1 || request.days() > MAX_DAYS) {
            throw new ChainlineException(
                    "TOKEN-LIFETIME-INVALID",
                    Category.INVALID,
                    "A token lasts 1 to " + MAX_DAYS + " days; " + request.days() + " was asked.");
        }
    }

    private UserAccount account(String username) {
        return tx.execute(s -> users.findByUsername(UserAccount.normaliseUsername(username))
                .orElseThrow(
                        () -> new ChainlineException("USER-NOT-FOUND", Category.NOT_FOUND, "No user " + username)));
    }

    private TokenView view(ApiToken t, Instant now) {
        return new TokenView(
                t.getId(),
                t.getName(),
                t.getOwner(),
                t.getRole(),
                t.getHint() + "…",
                t.getCreatedAt(),
                t.getExpiresAt(),
                t.getRevokedAt(),
                usage.pendingFor(t.getId()).or(t::getLastUsedAt),
                t.usableAt(now));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
