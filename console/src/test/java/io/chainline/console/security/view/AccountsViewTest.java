package io.chainline.console.security.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.console.overview.view.OverviewView;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.service.CreateUserRequest;
import io.chainline.console.security.service.UserSummary;
import io.chainline.console.shell.view.AccessDeniedView;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Accounts, server-side: the role gate, the forced password change and its rules, users and API tokens. */
class AccountsViewTest extends ViewTest {

    private String freshUser(Role role, boolean mustChange) {
        String name = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new CreateUserRequest(name, TestUsers.PASSWORD, role, mustChange));
        return name;
    }

    @Test
    void aViewerWhoTypesTheUsersAddressGetsAccessDeniedInTheFrame() {
        signIn(TestUsers.VIEWER);

        navigate("admin/users", AccessDeniedView.class);

        assertThat(text()).contains("not open to your role");
        assertThat(exists("main-nav")).isTrue();
        assertThat(exists("users-grid")).isFalse();
    }

    @Test
    void aUserWithAPasswordSetBySomeoneElseMustChooseTheirOwnFollowingTheRules() {
        String user = freshUser(Role.VIEWER, true);
        signIn(user);
        navigate(OverviewView.class);

        Dialog dialog = byId(Dialog.class, "change-password-dialog");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.isCloseOnEsc()).as("no way around it").isFalse();
        type("current-password", TestUsers.PASSWORD);
        type("new-password", "short");
        type("repeat-password", "shorter");
        click("change-password-save");
        assertThat(byId(PasswordField.class, "repeat-password").getErrorMessage())
                .isEqualTo("The two new passwords differ.");

        type("repeat-password", "short");
        click("change-password-save");
        assertThat(byId(PasswordField.class, "new-password").getErrorMessage()).contains("at least 12 characters");

        type("new-password", "my very own passphrase");
        type("repeat-password", "my very own passphrase");
        click("change-password-save");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(users.find(user))
                .get()
                .extracting(UserSummary::mustChangePassword)
                .isEqualTo(false);
        // the session forgets the mark too, so its API calls (the API page) work without signing in again
        assertThat(org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .getAuthentication()
                        .getAuthorities())
                .extracting(org.springframework.security.core.GrantedAuthority::getAuthority)
                .doesNotContain(UserSummary.PASSWORD_CHANGE_REQUIRED)
                .isNotEmpty();
    }

    @Test
    void aWrongCurrentPasswordIsMarkedOnThatField() {
        String user = freshUser(Role.OPERATOR, true);
        signIn(user);
        navigate(OverviewView.class);

        type("current-password", "not my password at all");
        type("new-password", "my very own passphrase");
        type("repeat-password", "my very own passphrase");
        click("change-password-save");

        assertThat(byId(PasswordField.class, "current-password").isInvalid()).isTrue();
        assertThat(users.find(user))
                .get()
                .extracting(UserSummary::mustChangePassword)
                .isEqualTo(true);
    }

    @Test
    void anAdministratorCreatesAUserWhoThenAppearsInTheList() {
        String newUser = "noc-" + UUID.randomUUID().toString().substring(0, 6);
        signIn(TestUsers.ADMIN);
        navigate(UsersView.class);

        click("user-new");
        type("user-username", newUser);
        type("user-password", "temporary passphrase");
        click("user-save");

        assertThat(rows("users-grid")).anySatisfy(row -> assertThat(row).contains(newUser));
        assertThat(users.find(newUser))
                .get()
                .extracting(UserSummary::role, UserSummary::mustChangePassword)
                .containsExactly(Role.VIEWER, true);
    }

    @Test
    void anOperatorCreatesATokenSeesItsSecretOnceAndItIsListed() {
        String name = "ci-" + UUID.randomUUID().toString().substring(0, 6);
        signIn(TestUsers.OPERATOR);
        navigate(TokensView.class);

        click("tokens-new");
        type("token-name", name);
        click("token-create");

        assertThat(byId(TextField.class, "token-secret").getValue()).startsWith("chl_");
        click("token-secret-done");
        assertThat(exists("token-secret")).isFalse();
        assertThat(rows("tokens-grid"))
                .anySatisfy(row ->
                        assertThat(row).startsWith(name).contains("Viewer").contains("active"));
    }
}
