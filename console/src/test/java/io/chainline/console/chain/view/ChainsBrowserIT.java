package io.chainline.console.chain.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import io.chainline.console.chain.service.DemoChains;
import io.chainline.console.support.BrowserSupport;
import io.chainline.console.support.BrowserTest;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.TestUsers;
import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.NsIdentity;
import io.chainline.tosca.model.Sol001Edition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A NOC engineer imports the vCPE NSD and sees it drawn: three VNFs and the forwarding path, in order. */
@IntegrationTest
class ChainsBrowserIT extends BrowserTest {

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
