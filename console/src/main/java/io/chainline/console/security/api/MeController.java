package io.chainline.console.security.api;

import io.chainline.console.security.domain.Role;
import io.chainline.console.security.service.UserService;
import io.chainline.console.security.service.UserSummary;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: lets a script check its credentials and role before it does anything else. */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

    record PasswordChange(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[…]";
        }
    }

    record Me(String username, Role role, List<Role> grantedRoles, boolean mustChangePassword) {}

    private final UserService users;

    MeController(UserService users) {
        this.users = users;
    }

    @GetMapping
    Me me(Principal principal) {
        UserSummary user = users.find(principal.getName()).orElseThrow();
        return new Me(user.username(), user.role(), user.role().grantedRoles(), user.mustChangePassword());
    }

    /** Changes the caller's own password, proving the current one; the way out of a generated or reset password. */
    @PutMapping("/password")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange change, Principal principal) {
        users.changeOwnPassword(principal.getName(), change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }
}
