package io.chainline.console.catalog.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.chainline.console.catalog.service.CatalogExchange;
import io.chainline.console.catalog.service.CatalogQuery;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.VnfSummary;
import io.chainline.console.support.BrowserSupport;
import io.chainline.console.support.BrowserTest;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.SignedPackages;
import io.chainline.console.support.TestUsers;
import io.chainline.tosca.model.Sol001Edition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

/**
 * The ADMIN's signature override, in a browser: the confirmation opens with Cancel focused, so Enter pressed out of
 * habit cancels the security override instead of performing it (what a browserless test cannot see).
 */
@IntegrationTest
class ImportOverrideBrowserIT extends BrowserTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    CatalogExchange exchange;

    @Test
    void enterInTheOverrideConfirmationCancels(@TempDir Path dir) throws Exception {
        VnfSummary firewall = catalog.search(new CatalogQuery("vFirewall", Optional.empty()), 0, 1, Sort.unsorted())
                .getFirst();
        byte[] broken =
                SignedPackages.withBrokenSignature("fw", exchange.exportCsar(firewall.id(), Sol001Edition.V4_4_1));
        Path file = Files.write(dir.resolve("fw.zip"), broken);
        signIn(TestUsers.ADMIN);
        page.navigate(url("/catalog"));
        page.locator("#catalog-import").click();
        page.locator("#import-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("#import-upload")).containsText("fw.zip");
        page.locator("#import-product-name input")
                .fill("fw-override-" + UUID.randomUUID().toString().substring(0, 6));
        page.locator("#import-run").click();
        page.locator("#import-override-reason input").fill("Vendor ticket 42: certificate expired");
        page.locator("#import-override").click();

        assertThat(page.locator("#confirm-override-failure")).containsText("Fails: CSAR-SIGNATURE-INVALID");
        assertThat(page.locator("#confirm-cancel")).isFocused();
        BrowserSupport.screenshot(page, "catalog-import-override-confirm");
        page.keyboard().press("Enter");

        assertThat(page.locator("#confirm-ok")).isHidden();
        assertThat(page.locator("#import-verdict")).containsText("nothing was stored");
    }
}
