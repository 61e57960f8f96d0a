package io.chainline.console.security.view;

import com.vaadin.flow.spring.security.AuthenticationContext;
import io.chainline.console.security.service.UserService;
import io.chainline.console.security.service.UserSummary;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The signed-in user as views need them: their account, and signing out. */
@Component
@org.springframework.modulith.NamedInterface("view") // used by other features' views (ADR 24)
public class CurrentUser {

    private final AuthenticationContext authentication;
    private final UserService users;

    CurrentUser(AuthenticationContext authentication, UserService users) {
        this.authentication = authentication;
        this.users = users;
    }

    public Optional<String> username() {
        return authentication.getPrincipalName();
    }

    /** Read fresh from the database, so a role change or a forced password change applies at the next page. */
    public Optional<UserSummary> account() {
        return username().flatMap(users::find);
    }

    public void signOut() {
        authentication.logout();
    }
}
