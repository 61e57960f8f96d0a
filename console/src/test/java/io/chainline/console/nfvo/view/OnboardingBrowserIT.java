package io.chainline.console.nfvo.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import io.chainline.console.support.BrowserSupport;
import io.chainline.console.support.BrowserTest;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.TestUsers;
import io.chainline.tosca.PackageExport;
import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.VnfDescriptor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A NOC operator sees what a vendor's pipeline onboarded through SOL005: the onboarded package, the rejected one with
 * the engine's findings, and disables a package as the API's PATCH would; a viewer sees the same without the buttons.
 */
@IntegrationTest
class OnboardingBrowserIT extends BrowserTest {

    private static final String PACKAGES = "/api/vnfpkgm/v2/vnf_packages";

    private String upload(Sol005Client api, byte[] content) throws Exception {
        String id =
                Sol005Client.tree(api.json("POST", PACKAGES, "{}")).path("id").asString();
        api.send("PUT", PACKAGES + "/" + id + "/package_content", "application/zip", content);
        api.awaitState(PACKAGES + "/" + id, "onboardingState", Duration.ofSeconds(60), "ONBOARDED", "ERROR");
        return id;
    }

    @Test
    void anOperatorSeesOnboardingAndItsFindingsAndDisablesAPackage() throws Exception {
        TestUsers.ensure(users);
        Sol005Client api = Sol005Client.basic(port, TestUsers.OPERATOR);
        VnfDescriptor vnf = Deployables.descriptorsOf(
                        "127.0.0.1:5000/nfv/echo:1.0", List.of(Deployables.Nf.plain("browser-probe", 8093)))
                .getFirst();
        PackageExport export = new ToscaEngine()
                .exportCsar(
                        vnf,
                        Sol001Edition.V4_4_1,
                        Map.of(
                                "vnf_provider_id", vnf.identity().provider(),
                                "vnf_product_name", vnf.identity().productName(),
                                "vnf_release_date_time", "2026-11-28T10:00:00+00:00",
                                "vnf_package_version", vnf.identity().descriptorVersion()),
                        Map.of());
        String good = upload(api, export.csar().orElseThrow());
        upload(api, "tosca_definitions_version: [".getBytes(StandardCharsets.UTF_8));

        signIn(TestUsers.OPERATOR);
        page.navigate(url("/onboarding"));
        Locator grid = page.locator("#onboarding-packages");
        assertThat(grid).containsText(vnf.identity().productName());
        assertThat(grid.locator("[data-state=ONBOARDED]").first()).isVisible();
        assertThat(grid.locator("[data-state=ERROR]").first()).isVisible();

        grid.locator("[data-state=ERROR]").first().click();
        assertThat(page.locator(".onboarding-failure").first()).containsText("PACKAGE-REJECTED");
        BrowserSupport.screenshot(page, "70-onboarding");

        Locator row = grid.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(vnf.identity().productName()));
        org.assertj.core.api.Assertions.assertThat(row.count()).isPositive();
        page.locator(".onboarding-toggle:not([disabled])")
                .filter(new Locator.FilterOptions().setHasText("Disable"))
                .first()
                .click();
        BrowserSupport.settle(page);
        // the newest onboarded package's button: this test's (the grid lists the newest first)
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> api.read(PACKAGES + "/" + good)
                        .path("operationalState")
                        .asString()
                        .equals("DISABLED"));
        assertThat(grid.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("Enable"))
                        .first())
                .isVisible();
    }
}
