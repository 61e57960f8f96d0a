package io.chainline.console.fleet.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.support.BrowserSupport;
import io.chainline.console.support.BrowserTest;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.MockKubernetes;
import io.chainline.console.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An admin registers a Kubernetes cluster by pasting its kubeconfig, tests it, syncs it and sees its nodes grouped by
 * architecture and its runtime classes; the token never reaches the page again.
 */
@IntegrationTest
class FleetBrowserIT extends BrowserTest {

    private final MockKubernetes cluster = new MockKubernetes();

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    void anAdminRegistersAClusterByPastingAKubeconfigAndSeesItsNodesByArchitecture() {
        String token = "tok-" + UUID.randomUUID();
        String name = "edge-" + token.substring(4, 10);
        signIn(TestUsers.ADMIN);
        page.navigate(url("/fleet"));

        page.locator("#fleet-register").click();
        page.locator("#target-name input").fill(name);
        page.locator("#target-site input").fill("paris-1");
        page.locator("#target-kubeconfig textarea").fill(cluster.kubeconfig(token));
        page.locator("#target-region input").click();
        assertThat(page.locator("#target-context vaadin-select-value-button")).hasText("edge-admin");
        page.locator("#target-test").click();
        assertThat(page.locator("#target-verdict")).containsText("Connected; the server runs Kubernetes v1.33.2");
        page.locator("#target-save").click();

        assertThat(page.locator("#fleet-grid")).containsText(name); // registered, and chosen for its details
        // registering tested it: the status says so, with its age, not "not tested"
        assertThat(page.locator("#fleet-grid")).containsText("reachable · tested just now");
        assertThat(page.locator("#fleet-endpoint")).containsText("(context edge-admin)");
        page.locator("#fleet-sync").click();
        assertThat(page.locator("#fleet-arch-amd64")).hasText("amd64 · 2 nodes");
        assertThat(page.locator("#fleet-arch-arm64")).hasText("arm64 · 1 node");
        assertThat(page.locator("#fleet-nodes")).containsText("amd64 (says x86_64)");
        assertThat(page.locator("#fleet-runtime-classes")).containsText("kata-qemu");
        assertThat(page.locator("#fleet-grid")).containsText("amd64 2 · arm64 1");
        page.locator("#fleet-test").click();
        assertThat(page.locator("#fleet-grid")).containsText("reachable");
        BrowserSupport.screenshot(page, "30-fleet-nodes-by-architecture");

        page.locator("#fleet-change").click();
        assertThat(page.locator("#target-kubeconfig textarea")).hasValue("");
        assertThat(page.content()).doesNotContain(token);
    }

    @Test
    void aViewerSeesTheFleetButCannotRegister() {
        signIn(TestUsers.VIEWER);
        page.navigate(url("/fleet"));

        assertThat(page.locator("#view-fleet")).isVisible();
        assertThat(page.locator("#fleet-register")).hasCount(0);
    }
}
