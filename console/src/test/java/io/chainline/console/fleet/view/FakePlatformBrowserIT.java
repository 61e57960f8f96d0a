package io.chainline.console.fleet.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import io.chainline.console.support.BrowserSupport;
import io.chainline.console.support.BrowserTest;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The fleet form offers a platform only the tests install (the fake module), draws its access form from the module's
 * description, and registers a target of it; the form's secret never comes back to the page.
 */
@IntegrationTest
class FakePlatformBrowserIT extends BrowserTest {

    @Test
    void anInstalledPlugInIsOfferedAndItsOwnFormRegistersATarget() {
        String token = "tok-" + UUID.randomUUID();
        String name = "bench-" + token.substring(4, 10);
        signIn(TestUsers.ADMIN);
        page.navigate(url("/fleet"));

        page.locator("#fleet-register").click();
        page.locator("#target-name input").fill(name);
        page.locator("#target-kind").click();
        page.locator("vaadin-select-item:not([id^=value-]):visible")
                .filter(new Locator.FilterOptions().setHasText("Fake lab bench (tests)"))
                .first()
                .click();
        assertThat(page.locator("#target-access-help")).hasText("Give the bench's fake:// address and its token.");
        assertThat(page.locator("#target-kubeconfig")).hasCount(0);
        page.locator("#target-endpoint input").fill("fake://" + name);
        page.locator("#target-token input").fill(token);
        page.locator("#target-test").click();
        assertThat(page.locator("#target-verdict")).containsText("fake-lab 1.0");
        page.locator("#target-save").click();

        assertThat(page.locator("#fleet-grid")).containsText(name);
        assertThat(page.locator("#fleet-grid")).containsText("reachable · tested just now");
        assertThat(page.locator("#fleet-endpoint")).containsText("fake://" + name);
        BrowserSupport.screenshot(page, "31-fleet-plug-in-platform");
        page.locator("#fleet-change").click();
        assertThat(page.locator("#target-token input")).hasValue("");
        assertThat(page.content()).doesNotContain(token);
    }
}
