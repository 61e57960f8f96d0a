package io.chainline.console.security.api;

import io.chainline.console.security.domain.Role;
import io.chainline.console.security.service.ApiTokenService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API tokens: everyone manages their own; administrators see and revoke all. The secret is in the 201 only. */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "tokens", description = "Named, expiring, revocable API tokens for automation (bearer auth)")
class TokensController {

    private final ApiTokenService tokens;

    TokensController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "Your tokens; ?all=true lists everyone's (ADMIN)")
    List<ApiTokenService.TokenView> list(@RequestParam(defaultValue = "false") boolean all, Authentication who) {
        return all && role(who) == Role.ADMIN ? tokens.all() : tokens.mine(who.getName());
    }

    @PostMapping
    @Operation(summary = "Create a token with a role no higher than yours; its secret is answered once, here")
    ResponseEntity<ApiTokenService.CreatedToken> create(
            @RequestBody ApiTokenService.TokenRequest request, Authentication who) {
        ApiTokenService.CreatedToken created = tokens.create(who.getName(), role(who), request);
        return ResponseEntity.created(
                        URI.create("/api/v1/tokens/" + created.token().id()))
                .header("Cache-Control", "no-store")
                .body(created);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a token (yours, or any as ADMIN)")
    ApiTokenService.TokenView revoke(@PathVariable UUID id, Authentication who) {
        return tokens.revoke(id, who.getName(), role(who) == Role.ADMIN);
    }

    /** The highest role the request carries: a token's, or the signed-in user's. */
    static Role role(Authentication who) {
        return Arrays.stream(Role.values())
                .filter(r -> who.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + r.name())))
                .reduce((low, high) -> high)
                .orElse(Role.VIEWER);
    }
}
