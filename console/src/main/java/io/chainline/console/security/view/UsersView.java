package io.chainline.console.security.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LocalDateTimeRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.service.UserService;
import io.chainline.console.security.service.UserSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Administration of who may sign in and with which role. */
@Route("admin/users")
@PageTitle("Users")
@Menu(order = 90, icon = "vaadin:users", title = "Users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout {

    private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    private final UserService users;

    public UsersView(UserService users) {
        this.users = users;
        setId("view-admin-users");
        setSizeFull();
        Button add = new Button("New user", e -> new UserDialog(users, null, this::refresh).open());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("user-new");

        grid.setId("users-grid");
        grid.addColumn(UserSummary::username)
                .setHeader("User")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(user -> user.role().label()).setHeader("Role").setSortable(true);
        grid.addColumn(user -> user.enabled() ? "Enabled" : "Disabled").setHeader("Status");
        grid.addColumn(user -> user.mustChangePassword() ? "Must change" : "Set by user")
                .setHeader("Password");
        grid.addColumn(new LocalDateTimeRenderer<>(user -> local(user), "yyyy-MM-dd HH:mm"))
                .setHeader("Password changed");
        grid.addComponentColumn(user -> new Button("Edit", e -> new UserDialog(users, user, this::refresh).open()))
                .setHeader("")
                .setAutoWidth(true);
        grid.setSizeFull();
        add(add, grid);
        refresh();
    }

    private static LocalDateTime local(UserSummary user) {
        return LocalDateTime.ofInstant(user.passwordChangedAt(), ZoneId.systemDefault());
    }

    private void refresh() {
        grid.setItems(users.list());
    }
}
