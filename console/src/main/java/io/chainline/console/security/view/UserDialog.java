package io.chainline.console.security.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.service.CreateUserRequest;
import io.chainline.console.security.service.PasswordPolicy;
import io.chainline.console.security.service.UserService;
import io.chainline.console.security.service.UserSummary;

/**
 * Creates a user, or changes an existing user's role, status and (optionally) password. A password set here is
 * temporary: the user must replace it at next sign-in.
 */
class UserDialog extends Dialog {

    private final TextField username = new TextField("User name");
    private final Select<Role> role = new Select<>();
    private final Checkbox enabled = new Checkbox("May sign in", true);
    private final PasswordField password = new PasswordField();

    UserDialog(UserService users, UserSummary existing, Runnable onSaved) {
        setHeaderTitle(existing == null ? "New user" : "Edit " + existing.username());
        setId("user-dialog");
        username.setId("user-username");
        role.setId("user-role-select");
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.VIEWER);
        password.setId("user-password");
        password.setLabel(existing == null ? "Temporary password" : "New temporary password (leave empty to keep)");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; the user must change it.");
        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            role.setValue(existing.role());
            enabled.setValue(existing.enabled());
        }
        add(new FormLayout(username, role, enabled, password));
        Button save = new Button("Save", e -> save(users, existing, onSaved));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("user-save");
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save(UserService users, UserSummary existing, Runnable onSaved) {
        try {
            if (existing == null) {
                users.create(new CreateUserRequest(username.getValue(), password.getValue(), role.getValue(), true));
            } else {
                if (!password.getValue().isEmpty()) {
                    PasswordPolicy.check(existing.username(), password.getValue()); // refuse before changing anything
                }
                users.update(existing.username(), role.getValue(), enabled.getValue());
                if (!password.getValue().isEmpty()) {
                    users.resetPassword(existing.username(), password.getValue());
                }
            }
            close();
            onSaved.run();
            Notification.show("Saved " + username.getValue() + ".", 3000, Notification.Position.BOTTOM_START);
        } catch (ChainlineException e) {
            TextField target = e.code().startsWith("USER-NAME") || e.code().equals("USER-EXISTS") ? username : null;
            if (target != null) {
                target.setErrorMessage(e.getMessage());
                target.setInvalid(true);
            } else if (e.code().equals(PasswordPolicy.CODE)) {
                password.setErrorMessage(e.getMessage());
                password.setInvalid(true);
            } else {
                throw e; // shown by the console's error handling
            }
        }
    }
}
