package io.chainline.console.security.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.security.service.PasswordPolicy;
import io.chainline.console.security.service.UserService;

/** "Change my password". Forced (not closable) after a generated or admin-reset password. */
@org.springframework.modulith.NamedInterface("view") // used by other features' views (ADR 24)
public class ChangePasswordDialog extends Dialog {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("Repeat new password");

    public ChangePasswordDialog(UserService users, String username, boolean forced) {
        setHeaderTitle(forced ? "Choose your own password" : "Change my password");
        setId("change-password-dialog");
        setCloseOnEsc(!forced);
        setCloseOnOutsideClick(!forced);
        current.setId("current-password");
        next.setId("new-password");
        repeat.setId("repeat-password");
        next.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; a passphrase works well.");
        if (forced) {
            add(new Paragraph("Your password was set by someone else. Choose one only you know before you go on."));
        }
        add(new FormLayout(current, next, repeat));

        Button save = new Button("Change password", e -> save(users, username));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("change-password-save");
        getFooter().add(save);
        if (!forced) {
            getFooter().add(new Button("Cancel", e -> close()));
        }
    }

    private void save(UserService users, String username) {
        current.setInvalid(false);
        next.setInvalid(false);
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The two new passwords differ.");
            repeat.setInvalid(true);
            return;
        }
        repeat.setInvalid(false);
        try {
            users.changeOwnPassword(username, current.getValue(), next.getValue());
            SessionAuthorities.passwordChanged();
            close();
            Notification.show("Password changed.", 4000, Notification.Position.BOTTOM_START);
        } catch (ChainlineException e) {
            PasswordField field = "USER-PASSWORD-WRONG".equals(e.code()) ? current : next;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        }
    }
}
