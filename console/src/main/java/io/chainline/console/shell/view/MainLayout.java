package io.chainline.console.shell.view;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.alarm.service.AlarmSignals;
import io.chainline.console.alarm.view.AlarmIndicator;
import io.chainline.console.security.service.UserService;
import io.chainline.console.security.view.ApiPage;
import io.chainline.console.security.view.ChangePasswordDialog;
import io.chainline.console.security.view.CurrentUser;
import jakarta.annotation.security.PermitAll;

/**
 * The console's frame: navigation built from the views' {@code @Menu} entries (Vaadin leaves out those the user's role
 * may not open) and the API page, the current view's title, the active-alarm bell, and the user menu.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final CurrentUser currentUser;
    private final UserService users;

    public MainLayout(CurrentUser currentUser, UserService users, AlarmQueries alarms, AlarmSignals alarmSignals) {
        this.currentUser = currentUser;
        this.users = users;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("chainline-view-title");
        viewTitle.setId("view-title");
        addToDrawer(brand(), navigation());
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), viewTitle);
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.setWidthFull();
        navbar.expand(viewTitle);
        navbar.add(new AlarmIndicator(alarms, alarmSignals));
        currentUser.account().ifPresent(account -> navbar.add(new UserMenu(account, users, currentUser)));
        addToNavbar(navbar);
    }

    private static Div brand() {
        Image logo = new Image("icons/chainline.svg", "");
        Div brand = new Div(logo, new Span("Chainline"));
        brand.addClassName("chainline-brand");
        return brand;
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
            item.setId("nav-" + navigationId(entry.path()));
            nav.addItem(item);
        }
        // the API page is springdoc's Swagger UI, a page of its own: the browser loads it, Vaadin's router does not
        SideNavItem api = new SideNavItem(ApiPage.TITLE, ApiPage.PATH, new Icon(VaadinIcon.CODE));
        api.setRouterIgnore(true);
        api.setId("nav-api");
        nav.addItem(api);
        return nav;
    }

    /** "/admin/users" becomes "admin-users"; the root is the overview. Stable ids for tests and bookmarks. */
    static String navigationId(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? "overview" : trimmed.replace('/', '-');
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        currentUser.account().ifPresent(account -> {
            attachEvent.getUI().getPage().setColorScheme(UserMenu.toVaadin(account.colorScheme()));
            if (account.mustChangePassword()) {
                new ChangePasswordDialog(users, account.username(), true).open();
            }
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse("Chainline"));
    }
}
