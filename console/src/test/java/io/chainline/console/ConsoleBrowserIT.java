package io.chainline.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.service.CreateUserRequest;
import io.chainline.console.security.service.UserService;
import io.chainline.console.security.service.UserSummary;
import io.chainline.console.support.BrowserSupport;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.TestUsers;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person in a real Chromium: signs in, finds what their role allows, switches the theme, signs out. */
@IntegrationTest
class ConsoleBrowserIT {

    private static final List<String> EVERYONES_AREAS = List.of(
            "nav-overview",
            "nav-catalog",
            "nav-chains",
            "nav-onboarding",
            "nav-fleet",
            "nav-deployments",
            "nav-alarms",
            "nav-schedules",
            "nav-tokens",
            "nav-windows");
    private static final List<String> ADMIN_AREAS = List.of("nav-audit", "nav-admin-users");

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    private BrowserContext context;
    private Page page;

    static {
        // the first page of a fresh context may take a few seconds on a busy 2-core CI machine
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @BeforeEach
    void openBrowser() {
        TestUsers.ensure(users);
        context = BrowserSupport.browser().newContext();
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String user, String password) {
        page.navigate(url("/login"));
        page.locator("vaadin-text-field[name='username'] input").fill(user);
        page.locator("vaadin-password-field[name='password'] input").fill(password);
        page.locator("vaadin-button[slot='submit']").click();
    }

    private void signInAndWait(String user, String password) {
        signIn(user, password);
        page.waitForURL(Pattern.compile(".*:" + port + "/(\\?.*)?$"));
        assertThat(page.locator("#main-nav")).isVisible();
    }

    @Test
    void anAnonymousVisitorIsSentToTheSignInPage() {
        page.navigate(url("/deployments"));

        page.waitForURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("#login-form")).isVisible();
        BrowserSupport.screenshot(page, "01-login");
    }

    @Test
    void aWrongPasswordShowsAnErrorThatDoesNotRevealWhetherTheUserExists() {
        signIn(TestUsers.VIEWER, "wrong-password-123");
        page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        String existingUserError =
                page.locator("#login-form [part='error-message']").first().innerText();

        signIn("no-such-user-" + port, "wrong-password-123");
        page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        String unknownUserError =
                page.locator("#login-form [part='error-message']").first().innerText();

        assertThat(existingUserError).contains("Incorrect user name or password");
        assertThat(unknownUserError).isEqualTo(existingUserError);
        BrowserSupport.screenshot(page, "02-login-error");
    }

    /** The frame as Chromium renders it after a real sign-in; the per-role logic is NavigationByRoleTest's. */
    @Test
    void anAdminLandsOnTheOverviewWithEveryArea() {
        signInAndWait(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

        for (String area : EVERYONES_AREAS) {
            assertThat(page.locator("#" + area)).isVisible();
        }
        for (String area : ADMIN_AREAS) {
            assertThat(page.locator("#" + area)).isVisible();
        }
        assertThat(page.locator("#user-role")).hasText("Admin");
        assertThat(page.locator("#overview-cards .chainline-card"))
                .hasCount(12); // the areas, alarms included, and the API page
        assertThat(page.locator("#nav-api")).isVisible();
        BrowserSupport.screenshot(page, "03-overview-admin");
    }

    @Test
    void anEmptyAreaSaysWhatWillBeThere() {
        signInAndWait(TestUsers.OPERATOR, TestUsers.PASSWORD);

        // Maintenance windows: empty whenever this runs (the tests that define windows remove them again)
        page.locator("#nav-windows").click();

        assertThat(page.locator("#view-title")).hasText("Maintenance windows");
        assertThat(page.locator("#empty-state")).isVisible();
        assertThat(page.locator("#empty-state")).not().containsText("TODO");
        BrowserSupport.screenshot(page, "04-windows-empty");
    }

    @Test
    void theChosenThemeIsRememberedAcrossSignIns() {
        String user = freshUser(Role.OPERATOR, false);
        signInAndWait(user, TestUsers.PASSWORD);
        assertThat(page.locator("html")).not().hasAttribute("theme", "dark");

        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#menu-theme").click();
        page.locator("#theme-dark").click();

        assertThat(page.locator("html")).hasAttribute("theme", "dark");
        BrowserSupport.screenshot(page, "05-overview-dark");
        signOut();
        signInAndWait(user, TestUsers.PASSWORD);
        assertThat(page.locator("html")).hasAttribute("theme", "dark");
    }

    @Test
    void signingOutEndsTheSession() {
        signInAndWait(TestUsers.OPERATOR, TestUsers.PASSWORD);

        signOut();
        page.navigate(url("/catalog"));

        page.waitForURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("#login-form")).isVisible();
    }

    @Test
    void aUserWithAPasswordSetBySomeoneElseMustChooseTheirOwnFirst() {
        String user = freshUser(Role.VIEWER, true);
        signInAndWait(user, TestUsers.PASSWORD);

        assertThat(page.locator("#current-password")).isVisible();
        // the password rules are AccountsViewTest's; here the dialog after a real sign-in, and it clears the flag
        page.locator("#current-password input").fill(TestUsers.PASSWORD);
        page.locator("#new-password input").fill("my very own passphrase");
        page.locator("#repeat-password input").fill("my very own passphrase");
        page.locator("#change-password-save").click();

        assertThat(page.locator("#current-password")).hasCount(0);
        // the same session's API calls work at once (the API page makes them), no second sign-in needed
        org.assertj.core.api.Assertions.assertThat(
                        page.request().get(url("/api/v1/alarms")).status())
                .isEqualTo(200);
        assertThat(users.find(user))
                .get()
                .extracting(UserSummary::mustChangePassword)
                .isEqualTo(false);
    }

    private void signOut() {
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#menu-sign-out").click();
        page.waitForURL(Pattern.compile(".*/login.*"));
    }

    private String freshUser(Role role, boolean mustChange) {
        String name = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new CreateUserRequest(name, TestUsers.PASSWORD, role, mustChange));
        return name;
    }
}
