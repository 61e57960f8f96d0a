package io.chainline.console.catalog.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.chainline.console.catalog.service.CatalogExchange;
import io.chainline.console.catalog.service.CatalogQuery;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.VnfSummary;
import io.chainline.console.support.BrowserSupport;
import io.chainline.console.support.BrowserTest;
import io.chainline.console.support.IntegrationTest;
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
 * Issue 18: importing a package of a product version the catalog has already is a finding in the import dialog (not
 * a toast), and the chosen file stays, so renaming it and importing again needs no second upload.
 */
@IntegrationTest
class ImportCollisionBrowserIT extends BrowserTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    CatalogExchange exchange;

    @Test
    void aVersionTheCatalogHasIsAFindingAndTheFileStaysForARename(@TempDir Path dir) throws Exception {
        VnfSummary existing = catalog.search(new CatalogQuery("vFirewall", Optional.empty()), 0, 1, Sort.unsorted())
                .getFirst();
        Path csar =
                Files.write(dir.resolve("vfirewall.csar"), exchange.exportCsar(existing.id(), Sol001Edition.V4_4_1));
        String copy = "vFirewall-lab-" + UUID.randomUUID().toString().substring(0, 6);
        signIn(TestUsers.OPERATOR);

        page.navigate(url("/catalog"));
        page.locator("#catalog-import").click();
        page.locator("#import-upload input[type=file]").setInputFiles(csar);
        assertThat(page.locator("#import-upload")).containsText("vfirewall.csar");
        page.locator("#import-run").click();

        assertThat(page.locator("#import-verdict")).containsText("nothing was stored");
        assertThat(page.locator("#import-issues")).containsText("CATALOG-VERSION-EXISTS");
        assertThat(page.locator("#import-issues")).containsText("Import it as a new version");
        assertThat(page.locator("#import-issues")).containsText(existing.descriptorVersion() + " already");
        assertThat(page.locator("vaadin-notification-card")).hasCount(0);
        BrowserSupport.screenshot(page, "catalog-import-collision");

        page.locator("#import-product-name input").fill(copy);
        page.locator("#import-run").click();

        assertThat(page.locator("#designer-title")).containsText(copy);
    }
}
