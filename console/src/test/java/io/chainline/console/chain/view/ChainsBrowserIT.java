package io.chainline.console.chain.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.DemoDescriptors;
import io.chainline.console.catalog.service.VnfSummary;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.DemoChains;
import io.chainline.console.support.BrowserSupport;
import io.chainline.console.support.BrowserTest;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.TestUsers;
import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.NsIdentity;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A NOC engineer builds the vCPE in the chain editor from published catalog VNFs, sees it drawn, publishes and
 * exports it; and imports an NSD made elsewhere.
 */
@IntegrationTest
class ChainsBrowserIT extends BrowserTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    ChainService chains;

    @Test
    void aNocEngineerBuildsPublishesAndExportsTheVcpeInTheBrowser() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "vCPE edge " + tag;
        published(DemoDescriptors.classifier(), "cls-" + tag);
        published(DemoDescriptors.firewall(), "fw-" + tag);
        published(DemoDescriptors.router(), "rt-" + tag);

        signIn(TestUsers.OPERATOR);
        page.navigate(url("/chains"));
        page.locator("#chains-new").click();
        page.locator("#chains-new-name input").fill(name);
        page.locator("#chains-new-ok").click();
        assertThat(page.locator("#chain-title")).containsText(name + " 1.0");

        addVnf("cls-" + tag, "classifier");
        addVnf("fw-" + tag, "firewall");
        addVnf("rt-" + tag, "router");
        assertThat(page.locator("#chain-vnfs")).containsText("fw-" + tag + " 1.0.0 · software 4.2");
        addLink("steered");
        addLink("filtered");
        connect("classifier", "virtual_link", "steered");
        connect("firewall", "virtual_link", "steered");
        connect("firewall", "virtual_link_2", "filtered");
        connect("router", "virtual_link", "filtered");
        addHop("classifier");
        addHop("router");
        addHop("firewall");
        assertThat(page.locator("#chain-problems")).containsText("NFP-HOP-UNCONNECTED");
        page.locator("#chain-hop-up-3").click(); // firewall before router
        assertThat(page.locator("#chain-hops")).containsText("firewall_cp → firewall_cp2");
        page.locator("#chain-rule-ether_type input").fill("ipv4");
        page.locator("#chain-rule-protocol input").fill("tcp");
        page.locator("#chain-rule-destination_port_range input").fill("80..80");
        page.locator("#chain-apply-classifier").click();

        assertThat(page.locator("#chain-verdict")).hasText("Ready to publish");
        assertThat(page.locator("#chain-picture g.vnf")).hasCount(3);
        assertThat(page.locator("#chain-picture g.link")).hasCount(2);
        assertThat(page.locator("#chain-picture polyline.nfp")).hasCount(2);
        assertThat(x("classifier")).isLessThan(x("firewall"));
        assertThat(x("firewall")).isLessThan(x("router"));
        BrowserSupport.screenshot(page, "21-chain-editor");

        page.locator("#chain-publish").click();
        assertThat(page.locator("[data-state='PUBLISHED']")).isVisible();
        assertThat(page.locator("#chain-add-vnf")).not().isVisible();

        var stored = chains.get(chains.list().stream()
                        .filter(c -> c.name().equals(name))
                        .findFirst()
                        .orElseThrow()
                        .id())
                .descriptor();
        ToscaEngine engine = new ToscaEngine();
        Download yaml =
                page.waitForDownload(() -> page.locator("#chain-download-yaml").click());
        assertThat(engine.importYaml("vcpe.yaml", Files.readAllBytes(yaml.path()))
                        .descriptor())
                .contains(stored);
        Download csar =
                page.waitForDownload(() -> page.locator("#chain-download-csar").click());
        assertThat(engine.importCsar("vcpe.csar", Files.readAllBytes(csar.path()))
                        .descriptor())
                .contains(stored);
        assertThat(stored.vnfs()).extracting(v -> v.node()).containsExactly("classifier", "firewall", "router");
        assertThat(stored.forwardingGraphs()
                        .getFirst()
                        .paths()
                        .getFirst()
                        .rules()
                        .getFirst()
                        .criteria())
                .containsEntry("destination_port_range", "80..80");
    }

    /**
     * Issue 18: re-pointing a connection once dropped hop 1 without a word and the one-hop chain published without
     * its arrow. Now the re-point keeps both hops, removals ask first naming what goes, the Publish button follows
     * the publish rule, and what was saved is what comes back.
     */
    @Test
    void repointingAConnectionKeepsTheTwoHopPathThroughSaveReloadAndPublish() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "Repoint " + tag;
        published(DemoDescriptors.firewall(), "fw-" + tag, "1.0.0");
        published(DemoDescriptors.firewall(), "fw-" + tag, "1.1.0");
        published(DemoDescriptors.router(), "rt-" + tag);

        signIn(TestUsers.OPERATOR);
        page.navigate(url("/chains"));
        page.locator("#chains-new").click();
        page.locator("#chains-new-name input").fill(name);
        page.locator("#chains-new-ok").click();
        assertThat(page.locator("#chain-title")).containsText(name + " 1.0");
        // an empty chain is not ready, and its Publish button says why
        assertThat(page.locator("#chain-verdict")).not().containsText("Ready");
        assertThat(page.locator("#chain-problems")).containsText("CHAIN-EMPTY");
        assertThat(page.locator("#chain-publish")).isDisabled();

        // two descriptor versions of one software release read differently in the picker
        page.locator("#chain-add-vnf-catalog").click();
        Locator items = page.locator("vaadin-select-item:not([id^=value-]):visible")
                .filter(new Locator.FilterOptions().setHasText("fw-" + tag));
        assertThat(items).hasCount(2);
        assertThat(items.nth(0)).containsText("fw-" + tag + " 1.0.0 · software 4.2");
        assertThat(items.nth(1)).containsText("fw-" + tag + " 1.1.0 · software 4.2");
        page.keyboard().press("Escape");

        addVnf("fw-" + tag + " 1.1.0", "firewall");
        addVnf("rt-" + tag, "router");
        addLink("inside");
        addLink("outside");
        connect("firewall", "virtual_link", "inside");
        connect("firewall", "virtual_link_2", "outside");
        connect("router", "virtual_link", "inside"); // the wrong side, re-pointed below
        addHop("firewall");
        addHop("router");
        assertThat(page.locator("#chain-hops")).containsText("router_cp");

        connect("router", "virtual_link", "outside");
        assertThat(page.locator("#confirm-dialog")).not().isVisible();
        assertThat(page.locator("#chain-hops")).containsText("firewall_cp → firewall_cp2");
        assertThat(page.locator("#chain-hops")).containsText("router_cp");
        assertThat(page.locator("#chain-verdict")).hasText("Ready to publish");
        assertThat(page.locator("#chain-publish")).isEnabled();

        // a spare link goes only after asking; cancelling a hop's removal keeps it
        addLink("spare");
        assertThat(page.locator("#chain-picture g[data-node='spare']")).hasCount(1);
        page.locator("#chain-remove-link-spare").click();
        assertThat(page.locator("#confirm-dialog")).containsText("Remove link spare?");
        page.locator("#confirm-ok").click();
        // the grid keeps rendered rows around, so the picture (drawn from the model) tells what is left
        assertThat(page.locator("#chain-picture g[data-node='spare']")).hasCount(0);
        assertThat(page.locator("#chain-picture g.link")).hasCount(2);
        page.locator("#chain-hop-remove-1").click();
        assertThat(page.locator("#confirm-dialog")).containsText("Remove hop 1?");
        page.locator("#confirm-cancel").click();
        assertThat(page.locator("#chain-hops")).containsText("firewall_cp → firewall_cp2");

        page.locator("#chain-save").click();
        assertThat(page.locator("#chain-unsaved")).not().isVisible();
        page.reload();
        assertThat(page.locator("#chain-hops")).containsText("firewall_cp → firewall_cp2");
        assertThat(page.locator("#chain-hops")).containsText("router_cp");
        page.locator("#chain-publish").click();
        assertThat(page.locator("[data-state='PUBLISHED']")).isVisible();
        assertThat(page.locator("#chain-verdict")).not().containsText("Ready");
        assertThat(page.locator("#chain-picture polyline.nfp")).hasCount(1);
        assertThat(page.locator("#chain-picture polyline.nfp-entry")).hasCount(1);

        var stored = chains.get(chains.list().stream()
                        .filter(c -> c.name().equals(name))
                        .findFirst()
                        .orElseThrow()
                        .id())
                .descriptor();
        assertThat(stored.forwardingGraphs().getFirst().paths().getFirst().positions())
                .hasSize(2);
    }

    private void published(VnfDescriptor vnfd, String product) {
        published(vnfd, product, vnfd.identity().descriptorVersion());
    }

    private void published(VnfDescriptor vnfd, String product, String descriptorVersion) {
        VnfIdentity id = vnfd.identity();
        VnfSummary draft = catalog.createDraft(
                new VnfDescriptor(
                        new VnfIdentity(
                                id.nodeType(),
                                UUID.randomUUID().toString(),
                                descriptorVersion,
                                id.provider(),
                                product,
                                id.softwareVersion(),
                                id.productInfoName(),
                                id.vnfmInfo()),
                        vnfd.flavours()),
                "alice");
        catalog.publish(draft.id(), draft.version(), "alice");
    }

    private void choose(String select, String item) {
        page.locator("#" + select).click();
        page.locator("vaadin-select-item:not([id^=value-]):visible")
                .filter(new Locator.FilterOptions().setHasText(item))
                .first()
                .click();
        BrowserSupport.settle(page);
    }

    private void addVnf(String product, String node) {
        choose("chain-add-vnf-catalog", product);
        page.locator("#chain-add-vnf-name input").fill(node);
        page.locator("#chain-add-vnf").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#chain-vnfs")).containsText(node);
    }

    private void addLink(String link) {
        page.locator("#chain-add-link-name input").fill(link);
        page.locator("#chain-add-link").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#chain-links")).containsText(link);
    }

    private void connect(String vnf, String requirement, String link) {
        choose("chain-connect-" + vnf + "-" + requirement, link);
        assertThat(page.locator("#chain-connect-" + vnf + "-" + requirement + " vaadin-select-value-button"))
                .hasText(link);
    }

    private void addHop(String vnf) {
        choose("chain-add-hop-vnf", vnf);
        page.locator("#chain-add-hop").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#chain-hops")).containsText(vnf);
    }

    @TempDir
    Path dir;

    @Test
    void anImportedVcpeIsDrawnWithItsPathInOrder() throws Exception {
        NsDescriptor line = DemoChains.vcpe();
        NsIdentity id = line.identity();
        String name = "vCPE-" + UUID.randomUUID().toString().substring(0, 6);
        NsDescriptor vcpe = new NsDescriptor(
                new NsIdentity(
                        id.nodeType(),
                        id.descriptorId(),
                        id.designer(),
                        id.version(),
                        name,
                        id.invariantId(),
                        id.flavourId()),
                line.vnfs(),
                line.saps(),
                line.virtualLinks(),
                line.forwarders(),
                line.forwardingGraphs(),
                line.exposed());
        var written =
                new ToscaEngine().export(vcpe, Sol001Edition.V4_4_1).written().orElseThrow();
        Path nsd =
                Files.writeString(dir.resolve(written.entry()), written.files().get(written.entry()));

        signIn(TestUsers.OPERATOR);
        page.navigate("http://localhost:" + port + "/chains");
        page.locator("#chains-import").click();
        page.locator("#chains-upload input[type=file]").setInputFiles(nsd);
        assertThat(page.locator("#chains-upload")).containsText(written.entry());
        page.locator("#chains-import-run").click();

        assertThat(page.locator("#chain-detail")).containsText(name);
        assertThat(page.locator("#chain-picture g.vnf")).hasCount(3);
        assertThat(page.locator("#chain-picture polyline.nfp")).hasCount(2);
        double classifier = x("classifier");
        double firewall = x("firewall");
        double router = x("router");
        assertThat(classifier).isLessThan(firewall);
        assertThat(firewall).isLessThan(router);
        assertThat(page.locator("#chain-problems")).containsText("NS-VNF-NOT-PUBLISHED");
        BrowserSupport.screenshot(page, "20-chain-picture");

        Download svg =
                page.waitForDownload(() -> page.locator("#chain-download-svg").click());
        assertThat(Files.readString(svg.path())).contains("data-hop=\"2\"");
    }

    private double x(String node) {
        return Double.parseDouble(
                page.locator("#chain-picture g[data-node='" + node + "']").getAttribute("data-x"));
    }
}
