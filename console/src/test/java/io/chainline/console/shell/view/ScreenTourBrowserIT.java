package io.chainline.console.shell.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.catalog.service.CatalogQuery;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.chain.service.DemoChains;
import io.chainline.console.security.domain.ColorSchemePreference;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.service.CreateUserRequest;
import io.chainline.console.security.view.ApiPage;
import io.chainline.console.support.BrowserSupport;
import io.chainline.console.support.BrowserTest;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

/**
 * Issue 18: every main view, as an administrator, at 1920×1080 and 1366×768 in the light and the dark theme. Each
 * screenshot lands in target/screenshots/&lt;view&gt;-&lt;w&gt;x&lt;h&gt;-&lt;theme&gt;.png, and no view may scroll
 * sideways. One browser page walks the whole tour, so it stays about a minute or two.
 */
@IntegrationTest
class ScreenTourBrowserIT extends BrowserTest {

    /**
     * Stops ("view-WxH-theme") that overflow inside views other helpers were changing when this test was written;
     * checked there, not here. The merger empties this set once those views fit; then every stop must fit.
     */
    static final Set<String> KNOWN_OVERFLOW_IN_OTHER_HELPERS_VIEWS = Set.of();

    private static final int[][] SIZES = {{1920, 1080}, {1366, 768}};

    /** Lists the outermost elements that stick out on the right, for a message that says what overflows. */
    private static final String WHAT_OVERFLOWS = """
            () => {
              const limit = window.innerWidth + 1, out = [];
              const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
              const walk = e => {
                for (const c of e.children) {
                  const r = c.getBoundingClientRect();
                  if (r.width > 0 && r.right > limit) { out.push(name(c) + ' right=' + Math.round(r.right)); }
                  else { walk(c); }
                  if (c.shadowRoot) { walk(c.shadowRoot); }
                }
              };
              walk(document.body);
              return out.slice(0, 6).join(', ');
            }""";

    private record Stop(String name, String path, String ready) {}

    @Autowired
    CatalogService catalog;

    @Autowired
    ChainService chains;

    private List<Stop> tour(String admin) {
        UUID vnf = catalog.search(CatalogQuery.ALL, 0, 1, Sort.unsorted())
                .getFirst()
                .id();
        UUID chain = chains.list().stream()
                .findFirst()
                .map(ChainSummary::id)
                .orElseGet(() -> chains.createDraft(
                                DemoChains.line(
                                        "tour-" + UUID.randomUUID().toString().substring(0, 6),
                                        List.of("classifier", "firewall", "router")),
                                admin)
                        .id());
        String console = "#main-nav";
        return List.of(
                new Stop("overview", "/", "#noc-latest"),
                new Stop("catalog", "/catalog", console),
                new Stop("vnf-designer", "/catalog/" + vnf, "#designer-title"),
                new Stop("chains", "/chains", console),
                new Stop("chain-designer", "/chains/" + chain, console),
                new Stop("fleet", "/fleet", console),
                new Stop("deployments", "/deployments", console),
                new Stop("new-deployment", "/deployments/new", console),
                new Stop("schedules", "/schedules", console),
                new Stop("windows", "/windows", console),
                new Stop("onboarding", "/onboarding", console),
                new Stop("audit", "/audit", console),
                new Stop("users", "/admin/users", console),
                new Stop("tokens", "/tokens", console),
                new Stop("api", ApiPage.PATH, ".opblock"));
    }

    @Test
    void everyMainViewFitsBothWindowSizesInBothThemes() {
        String admin = "tour-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new CreateUserRequest(admin, TestUsers.PASSWORD, Role.ADMIN, false));
        List<Stop> tour = tour(admin);
        signIn(admin);
        assertThat(page.locator("#nav-api")).isVisible();
        // the overview is the wall screen; the per-area cards sit in its collapsed "Areas" section
        page.locator("#overview-areas vaadin-details-summary").click();
        for (String card : List.of("#card-onboarding", "#card-tokens", "#card-api", "#card-admin-users")) {
            assertThat(page.locator(card)).isVisible();
        }

        List<String> overflowing = new ArrayList<>();
        List<String> allowed = new ArrayList<>();
        for (ColorSchemePreference theme : List.of(ColorSchemePreference.LIGHT, ColorSchemePreference.DARK)) {
            users.setColorScheme(admin, theme); // read by the console on each page load, like a user's choice
            for (int[] size : SIZES) {
                page.setViewportSize(size[0], size[1]);
                for (Stop stop : tour) {
                    String shot = stop.name() + "-" + size[0] + "x" + size[1] + "-"
                            + theme.name().toLowerCase(Locale.ROOT);
                    visit(stop, theme);
                    BrowserSupport.screenshot(page, shot);
                    overflow()
                            .ifPresent(what -> (KNOWN_OVERFLOW_IN_OTHER_HELPERS_VIEWS.contains(shot)
                                            ? allowed
                                            : overflowing)
                                    .add(shot + ": " + what));
                }
            }
        }
        if (!allowed.isEmpty()) {
            System.out.println(
                    "Known overflow in other helpers' views (allow-listed):\n  " + String.join("\n  ", allowed));
        }
        assertThat(overflowing).as("views that scroll sideways").isEmpty();
    }

    private void visit(Stop stop, ColorSchemePreference theme) {
        page.navigate(url(stop.path()));
        assertThat(page.locator(stop.ready()).first()).isVisible();
        if (stop.ready().equals(".opblock")) {
            return; // the API page is springdoc's Swagger UI: no Vaadin, no theme of the console's
        }
        BrowserSupport.settle(page);
        if (theme == ColorSchemePreference.DARK) {
            assertThat(page.locator("html")).hasAttribute("theme", "dark");
        } else {
            assertThat(page.locator("html")).not().hasAttribute("theme", "dark");
        }
    }

    /**
     * The app layout's content area and the routed view scroll by themselves when they overflow (the document then
     * stays as wide as the window), so they are checked too: a sideways scrollbar there is one the user sees.
     */
    private static final String SCROLLERS = """
            () => {
              const out = [];
              const layout = document.querySelector('vaadin-app-layout');
              if (!layout) { return ''; }
              const view = [...layout.children].find(c => !c.slot);
              const content = layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
              for (const [label, e] of [['app-layout content', content], ['view', view]]) {
                if (!e) { continue; }
                const x = getComputedStyle(e).overflowX;
                if ((x === 'auto' || x === 'scroll') && e.scrollWidth > e.clientWidth + 1) {
                  out.push(label + ' scrolls ' + (e.scrollWidth - e.clientWidth) + ' px sideways');
                }
              }
              return out.join(', ');
            }""";

    /** Empty when nothing scrolls sideways; otherwise by how much and which elements stick out. */
    private Optional<String> overflow() {
        int excess =
                ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
        String scrollers = String.valueOf(page.evaluate(SCROLLERS));
        if (excess <= 0 && scrollers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("page " + Math.max(excess, 0) + " px too wide; " + scrollers + "; sticking out: "
                + page.evaluate(WHAT_OVERFLOWS));
    }
}
