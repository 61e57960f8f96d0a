package io.chainline.console.shell.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.page.ColorScheme;
import io.chainline.console.security.domain.ColorSchemePreference;
import io.chainline.console.security.service.UserService;
import io.chainline.console.security.service.UserSummary;
import io.chainline.console.security.view.ChangePasswordDialog;
import io.chainline.console.security.view.CurrentUser;
import java.util.EnumMap;
import java.util.Map;

/** The navbar's user menu: who is signed in with which role, theme, change password, sign out. */
class UserMenu extends MenuBar {

    private final Map<ColorSchemePreference, MenuItem> themeItems = new EnumMap<>(ColorSchemePreference.class);

    UserMenu(UserSummary account, UserService users, CurrentUser currentUser) {
        setId("user-menu");
        addThemeVariants(MenuBarVariant.TERTIARY);
        Span badge = new Span(account.role().label());
        badge.addClassName("chainline-role-badge");
        badge.setId("user-role");
        Span name = new Span(account.username());
        name.setId("user-name");
        MenuItem root = addItem(new Span(new Icon(VaadinIcon.USER), name, badge));
        SubMenu menu = root.getSubMenu();

        MenuItem theme = menu.addItem("Theme");
        theme.setId("menu-theme");
        addThemeItem(theme.getSubMenu(), ColorSchemePreference.LIGHT, "Light", users, account);
        addThemeItem(theme.getSubMenu(), ColorSchemePreference.DARK, "Dark", users, account);
        addThemeItem(theme.getSubMenu(), ColorSchemePreference.SYSTEM, "Follow system", users, account);
        select(account.colorScheme());

        menu.addItem("Change password", e -> new ChangePasswordDialog(users, account.username(), false).open())
                .setId("menu-change-password");
        menu.addItem("Sign out", e -> currentUser.signOut()).setId("menu-sign-out");
    }

    private void addThemeItem(
            SubMenu menu, ColorSchemePreference preference, String label, UserService users, UserSummary account) {
        MenuItem item = menu.addItem(label, e -> {
            users.setColorScheme(account.username(), preference);
            UI.getCurrent().getPage().setColorScheme(toVaadin(preference));
            select(preference);
        });
        item.setCheckable(true);
        item.setId("theme-" + preference.name().toLowerCase(java.util.Locale.ROOT));
        themeItems.put(preference, item);
    }

    private void select(ColorSchemePreference preference) {
        themeItems.forEach((key, item) -> item.setChecked(key == preference));
    }

    static ColorScheme.Value toVaadin(ColorSchemePreference preference) {
        return switch (preference) {
            case LIGHT -> ColorScheme.Value.LIGHT;
            case DARK -> ColorScheme.Value.DARK;
            case SYSTEM -> ColorScheme.Value.LIGHT_DARK;
        };
    }
}
