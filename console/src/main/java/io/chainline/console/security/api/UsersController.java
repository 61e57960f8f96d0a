package io.chainline.console.security.api;

import io.chainline.console.security.domain.Role;
import io.chainline.console.security.service.CreateUserRequest;
import io.chainline.console.security.service.UserService;
import io.chainline.console.security.service.UserSummary;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** User administration for automation; ADMIN only (enforced in the security configuration). */
@RestController
@RequestMapping("/api/v1/users")
class UsersController {

    record NewUser(String username, String password, Role role) {
        @Override
        public String toString() {
            return "NewUser[" + username + ", " + role + "]";
        }
    }

    record UserChange(Role role, boolean enabled) {}

    private final UserService users;

    UsersController(UserService users) {
        this.users = users;
    }

    @GetMapping
    List<UserSummary> list() {
        return users.list();
    }

    @GetMapping("/{username}")
    ResponseEntity<UserSummary> get(@PathVariable String username) {
        return ResponseEntity.of(users.find(username));
    }

    /** The new user must change the password an administrator chose for them. */
    @PostMapping
    ResponseEntity<UserSummary> create(@RequestBody NewUser user) {
        UserSummary created = users.create(new CreateUserRequest(
                user.username(), user.password(), user.role() == null ? Role.VIEWER : user.role(), true));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.username()))
                .body(created);
    }

    @PutMapping("/{username}")
    UserSummary update(@PathVariable String username, @RequestBody UserChange change) {
        return users.update(username, change.role(), change.enabled());
    }
}
