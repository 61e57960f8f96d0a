package io.chainline.console.security.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import io.chainline.console.support.BrowserSupport;
import io.chainline.console.support.BrowserTest;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An operator creates a token for a pipeline, copies its secret (shown once, never listed), and revokes it. */
@IntegrationTest
class TokensBrowserIT extends BrowserTest {

    @Test
    void anOperatorCreatesCopiesAndRevokesAToken() {
        String name = "pipeline-" + UUID.randomUUID().toString().substring(0, 6);
        signIn(TestUsers.OPERATOR);
        page.navigate(url("/tokens"));
        page.locator("#tokens-new").click();
        page.locator("#token-name input").fill(name);
        page.locator("#token-role").click();
        page.locator("vaadin-select-item:not([id^=value-]):visible")
                .filter(new Locator.FilterOptions().setHasText("Operator"))
                .first()
                .click();
        page.locator("#token-create").click();
        BrowserSupport.settle(page);

        String secret = page.locator("#token-secret input").inputValue();
        org.assertj.core.api.Assertions.assertThat(secret).startsWith("chl_");
        page.locator("#token-secret-done").click();
        assertThat(page.locator("#tokens-grid")).containsText(name);
        assertThat(page.locator("#tokens-grid")).containsText(secret.substring(0, 10));
        assertThat(page.locator("#tokens-grid")).not().containsText(secret);
        assertThat(page.locator("#tokens-grid")).containsText("active");
        BrowserSupport.screenshot(page, "60-api-tokens");

        page.locator(".token-revoke:not([disabled])").first().click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#tokens-grid")).containsText("revoked");
    }
}
