package io.chainline.console.catalog.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import io.chainline.console.catalog.service.CatalogQuery;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.VnfSummary;
import io.chainline.console.support.BrowserSupport;
import io.chainline.console.support.BrowserTest;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.LocalRegistries;
import io.chainline.console.support.TestUsers;
import io.chainline.tosca.model.ComputeVdu;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.VnfDescriptor;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An engineer in a real Chromium goes from nothing to a published multi-arch VNF: designs a container VDU (its image
 * resolved in a real registry) and a VM VDU, sees a validation error appear and disappear, publishes, downloads the
 * CSAR and imports it again as a new product with an equal descriptor.
 */
@IntegrationTest
class CatalogBrowserIT extends BrowserTest {

    @Autowired
    CatalogService catalog;

    @TempDir
    Path downloads;

    private void fill(String id, String value) {
        Locator input = page.locator("#" + id + " input");
        input.fill(value);
        input.press("Tab");
    }

    @Test
    void anEngineerDesignsPublishesExportsAndReimportsAMultiArchVnf() {
        String product = "vCPE-edge-" + UUID.randomUUID().toString().substring(0, 6);
        String image = LocalRegistries.anonymous().get("MULTI_REF");
        signIn(TestUsers.OPERATOR);

        page.navigate(url("/catalog"));
        fill("catalog-search", "vFirewall");
        assertThat(page.locator("#catalog-grid")).containsText("vFirewall");
        page.locator("#catalog-new").click(); // asking for a missing name in place is VnfDesignerViewTest's
        fill("new-vnf-provider", "Example Networks");
        fill("new-vnf-product", product);
        page.locator("#new-vnf-create").click();
        assertThat(page.locator("#designer-title")).containsText(product);
        assertThat(page.locator("#designer-issues")).containsText("CATALOG-NO-VDU");

        page.locator("#designer-add-container-vdu").click();
        fill("vdu-0-name", "web");
        fill("vdu-0-container-0-image", image);
        assertThat(page.locator("#designer-yaml")).containsText("docker://" + image);
        page.locator("#vdu-0-container-0-resolve").click();
        assertThat(page.locator("#vdu-0-container-0-platforms")).containsText("amd64, arm64");
        fill("vdu-0-container-0-ports", "http=8080/TCP");
        page.locator("#vdu-0-container-0-probe-kind").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("http"))
                .click();
        fill("vdu-0-container-0-probe-target", "/healthz");
        fill("vdu-0-container-0-probe-port", "8080");
        assertThat(page.locator("#designer-yaml")).containsText("liveness_probe:");
        assertThat(page.locator("#designer-yaml")).containsText("port: 8080");
        for (String arch : new String[] {"amd64", "arm64"}) {
            page.locator("#vdu-0-architectures vaadin-checkbox")
                    .filter(new Locator.FilterOptions().setHasText(arch))
                    .locator("input")
                    .check();
        }
        assertThat(page.locator("#designer-yaml")).containsText("- arm64");

        page.locator("#designer-add-vm-vdu").click();
        fill("vdu-1-name", "db");
        fill("vdu-1-vcpus", "4");
        fill("vdu-1-image", "debian-13-genericcloud");
        assertThat(page.locator("#designer-yaml")).containsText("type: tosca.nodes.nfv.Vdu.Compute");
        assertThat(page.locator("#designer-yaml")).containsText("docker://" + image);
        assertThat(page.locator("#designer-issue-count")).hasAttribute("data-errors", "0");

        fill("identity-product-name", "");
        assertThat(page.locator("#identity-product-name")).hasAttribute("invalid", "");
        assertThat(page.locator("#identity-product-name")).containsText("CATALOG-IDENTITY-MISSING");
        assertThat(page.locator("#designer-issue-count")).not().hasAttribute("data-errors", "0");
        assertThat(page.locator("#designer-issue-count")).not().containsText("ready");
        assertThat(page.locator("#designer-publish")).hasAttribute("disabled", "");
        BrowserSupport.screenshot(page, "10-designer-with-error");
        fill("identity-product-name", product);
        assertThat(page.locator("#identity-product-name")).not().hasAttribute("invalid", "");
        assertThat(page.locator("#designer-issue-count")).hasAttribute("data-errors", "0");

        page.locator("#designer-publish").click();
        assertThat(page.locator("#designer-state")).hasAttribute("data-state", "PUBLISHED");
        assertThat(page.locator("#designer-issue-count")).containsText("Published: this version never changes");
        assertThat(page.locator("#designer-issue-count")).not().containsText("ready to publish");
        BrowserSupport.screenshot(page, "11-designer-published");

        Download download = page.waitForDownload(
                () -> page.locator("#designer-download-csar").click());
        Path csar = downloads.resolve("vnf.csar");
        download.saveAs(csar);

        page.navigate(url("/catalog"));
        page.locator("#catalog-import").click();
        page.locator("#import-upload input[type=file]").setInputFiles(csar);
        assertThat(page.locator("#import-upload")).containsText("vnf.csar");
        fill("import-product-name", product + "-copy");
        page.locator("#import-run").click();
        assertThat(page.locator("#designer-title")).containsText(product + "-copy");
        BrowserSupport.screenshot(page, "12-designer-imported");

        VnfDescriptor published = descriptorOf(product);
        VnfDescriptor imported = descriptorOf(product + "-copy");
        assertThat(imported.flavours()).isEqualTo(published.flavours());
        assertThat(published.flavours().getFirst().vdus())
                .hasSize(2)
                .anySatisfy(v -> {
                    assertThat(v).isInstanceOf(ContainerVdu.class);
                    assertThat(v.extensions().architectures()).containsExactly("amd64", "arm64");
                    assertThat(((ContainerVdu) v)
                                    .containers()
                                    .getFirst()
                                    .image()
                                    .orElseThrow()
                                    .checksum())
                            .hasValueSatisfying(c -> assertThat("sha256:" + c.hash())
                                    .isEqualTo(LocalRegistries.anonymous().get("MULTI_DIGEST")));
                })
                .anySatisfy(v -> assertThat(v).isInstanceOf(ComputeVdu.class))
                .anySatisfy(v -> assertThat(v)
                        .isInstanceOfSatisfying(
                                ContainerVdu.class,
                                unit -> assertThat(unit.containers()
                                                .getFirst()
                                                .extensions()
                                                .ports())
                                        .containsExactly(new io.chainline.tosca.model.ContainerExtensions.Port(
                                                "http", 8080, "TCP"))));
    }

    @Test
    void aRejectedUploadListsItsIssuesAndStoresNothing(@TempDir Path dir) throws Exception {
        Path broken = java.nio.file.Files.writeString(
                dir.resolve("broken.yaml"),
                "tosca_definitions_version: tosca_simple_yaml_1_3\ntopology_template:\n  node_templates:\n"
                        + "    x: {type: tosca.nodes.nfv.Nope}\n");
        long before = catalog.count(CatalogQuery.ALL);
        signIn(TestUsers.OPERATOR);

        page.navigate(url("/catalog"));
        page.locator("#catalog-import").click();
        page.locator("#import-upload input[type=file]").setInputFiles(broken);
        assertThat(page.locator("#import-upload")).containsText("broken.yaml");
        page.locator("#import-run").click();

        assertThat(page.locator("#import-verdict")).containsText("nothing was stored");
        assertThat(page.locator("#import-issues")).containsText("TOSCA-TYPE-UNKNOWN");
        assertThat(page.locator("#import-issues")).containsText("broken.yaml:4");
        assertThat(catalog.count(CatalogQuery.ALL)).isEqualTo(before);
    }

    @Test
    void savingAnUntouchedDraftChangesNothingAndConnectionPointsAreWired() {
        VnfDescriptor firewall = io.chainline.console.catalog.service.DemoDescriptors.firewall();
        var id = firewall.identity();
        VnfSummary draft = catalog.createDraft(
                new VnfDescriptor(
                        new io.chainline.tosca.model.VnfIdentity(
                                id.nodeType(),
                                UUID.randomUUID().toString(),
                                id.descriptorVersion(),
                                id.provider(),
                                "fw-" + UUID.randomUUID(),
                                id.softwareVersion(),
                                id.productInfoName(),
                                id.vnfmInfo()),
                        firewall.flavours()),
                "it-operator");
        VnfDescriptor before = catalog.get(draft.id()).descriptor();
        signIn(TestUsers.OPERATOR);

        page.navigate(url("/catalog/" + draft.id()));
        assertThat(page.locator("#links-0-name input")).hasValue("inside");
        assertThat(page.locator("#cps-0-vdu input")).hasValue("fw");
        page.locator("#designer-save").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Saved");

        assertThat(catalog.get(draft.id()).descriptor()).isEqualTo(before);
        assertThat(catalog.get(draft.id()).summary().version()).isGreaterThan(draft.version());
    }

    /** Issue 18: connection points and virtual links added in the designer survive save, reload and publish. */
    @Test
    void aConnectionPointAndALinkAddedInTheDesignerSurviveSaveReloadAndPublish() {
        VnfSummary draft = catalog.createDraft(firewallNamed("fw-" + UUID.randomUUID()), "it-operator");
        signIn(TestUsers.OPERATOR);
        page.navigate(url("/catalog/" + draft.id()));
        assertThat(page.locator("#links-1-name input")).hasValue("outside");

        page.locator("#links-add").click();
        fill("links-2-name", "mgmt");
        page.locator("#cps-add").click();
        fill("cps-2-name", "fw_mgmt");
        Locator link = page.locator("#cps-2-link input");
        link.fill("mgmt");
        // choose the offered item itself: Enter before the filtered list arrives picks nothing on a busy machine
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("mgmt"))
                .first()
                .click();
        assertThat(page.locator("#designer-yaml")).containsText("fw_mgmt:");
        assertThat(page.locator("#designer-yaml")).containsText("virtual_link: mgmt");
        page.locator("#links-2-remove").click();
        assertThat(page.locator("#confirm-also-removed")).containsText("the link of connection point fw_mgmt to mgmt");
        page.locator("#confirm-cancel").click();
        page.locator("#vdu-0-remove").click();
        assertThat(page.locator("#confirm-also-removed")).containsText("connection point fw_mgmt");
        assertThat(page.locator("#confirm-also-removed")).containsText("placement rule fw_apart");
        page.locator("#confirm-cancel").click();
        assertThat(page.locator("#links-2-name input")).hasValue("mgmt");
        assertThat(page.locator("#vdu-0-name input")).hasValue("fw");
        page.locator("#designer-save").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Saved");

        page.reload();
        assertThat(page.locator("#links-2-name input")).hasValue("mgmt");
        assertThat(page.locator("#cps-2-name input")).hasValue("fw_mgmt");
        assertThat(page.locator("#cps-2-vdu input")).hasValue("fw");
        assertThat(page.locator("#cps-2-link input")).hasValue("mgmt");
        page.locator("#designer-publish").click();
        assertThat(page.locator("#designer-state")).hasAttribute("data-state", "PUBLISHED");

        page.reload();
        assertThat(page.locator("#links-2-name input")).hasValue("mgmt");
        assertThat(page.locator("#cps-2-link input")).hasValue("mgmt");
        assertThat(page.locator("#designer-yaml")).containsText("fw_mgmt:");
        assertThat(page.locator("#designer-yaml")).containsText("mgmt:");
        var flavour = catalog.get(draft.id()).descriptor().flavours().getFirst();
        assertThat(flavour.virtualLinks()).extracting(l -> l.node()).containsExactly("inside", "outside", "mgmt");
        assertThat(flavour.cps())
                .filteredOn(c -> c.node().equals("fw_mgmt"))
                .singleElement()
                .satisfies(c -> assertThat(c.virtualLink()).contains("mgmt"));
    }

    private static VnfDescriptor firewallNamed(String product) {
        VnfDescriptor firewall = io.chainline.console.catalog.service.DemoDescriptors.firewall();
        var id = firewall.identity();
        return new VnfDescriptor(
                new io.chainline.tosca.model.VnfIdentity(
                        id.nodeType(),
                        UUID.randomUUID().toString(),
                        id.descriptorVersion(),
                        id.provider(),
                        product,
                        id.softwareVersion(),
                        id.productInfoName(),
                        id.vnfmInfo()),
                firewall.flavours());
    }

    private VnfDescriptor descriptorOf(String product) {
        VnfSummary summary = catalog
                .search(
                        new CatalogQuery(product, Optional.empty()),
                        0,
                        10,
                        org.springframework.data.domain.Sort.by("productName"))
                .stream()
                .filter(s -> s.productName().equals(product))
                .findFirst()
                .orElseThrow();
        return catalog.get(summary.id()).descriptor();
    }
}
