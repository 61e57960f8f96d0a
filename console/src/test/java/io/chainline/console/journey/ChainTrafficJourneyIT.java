package io.chainline.console.journey;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Network;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.chainline.connector.api.Ownership;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.service.DeploymentQueries;
import io.chainline.console.deployment.service.DeploymentService;
import io.chainline.console.deployment.service.DeploymentSettings;
import io.chainline.console.deployment.service.DriftService;
import io.chainline.console.deployment.service.KpiSampler;
import io.chainline.console.deployment.service.NetworkListing;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetLeases;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.console.support.BrowserSupport;
import io.chainline.console.support.BrowserTest;
import io.chainline.console.support.Engines;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.PodmanHosts;
import io.chainline.console.support.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The operator's chain carries a customer's traffic (issue 22's proof): the seeded "vCPE with classifier" deployed
 * through the console onto a real Docker host (podman), a client on its LAN link and a server behind its WAN link.
 * Web traffic (tcp/80) crosses classifier, firewall and router; the rest skips the firewall; the firewall removed
 * behind the console's back breaks the web path, drift names it, and reconcile restores the flow; terminate leaves no
 * network behind.
 */
@IntegrationTest
class ChainTrafficJourneyIT extends BrowserTest {

    private static final String OUTSIDE = "250"; // the client's and the server's host part, clear of allocations

    @Autowired
    DeploymentService deployments;

    @Autowired
    DeploymentQueries queries;

    @Autowired
    DriftService drift;

    @Autowired
    FleetService fleet;

    @Autowired
    ChainService chains;

    @Autowired
    KpiSampler kpis;

    @Autowired
    TargetLeases leases;

    private final DockerClient podman = Engines.client(Engines.podman());
    private final List<String> outsiders = new ArrayList<>();
    private String name;

    @AfterEach
    void cleanUp() throws Exception {
        outsiders.forEach(id -> podman.removeContainerCmd(id).withForce(true).exec());
        Engines.sweep(podman);
        podman.close();
    }

    @Test
    void aCustomersTrafficCrossesTheChainInPathOrderAndReconcileRestoresIt() {
        TargetSummary host = PodmanHosts.register(fleet, "podman");
        ChainSummary chain = chains.list().stream()
                .filter(c -> c.name().equals("vCPE with classifier"))
                .findFirst()
                .orElseThrow();
        name = "customer-" + UUID.randomUUID().toString().substring(0, 6);
        UUID deployment = finished(deployments.deploy(
                name, chain.id(), DeploymentSettings.defaults().withTargets(Set.of(host.name())), "olivia"));

        List<NetworkListing.Network> links =
                NetworkListing.of(queries.detail(deployment).desired());
        NetworkListing.Network lan = link(links, "lan");
        NetworkListing.Network wan = link(links, "wan");
        String server = outsider("server", wan);
        String client = outsider("client", lan);
        exec(client, "ip", "route", "replace", wan.cidr(), "via", address(lan, "classifier"));
        exec(server, "ip", "route", "replace", lan.cidr(), "via", address(wan, "router"));
        exec(server, "sh", "-c", "mkdir -p /srv && echo chainline-server > /srv/index.html");
        exec(server, "httpd", "-p", "80", "-h", "/srv");
        exec(server, "httpd", "-p", "9090", "-h", "/srv");

        String target = host(wan, OUTSIDE);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(get(client, target, 80)).contains("chainline-server"));
        long firewallBefore = sent("firewall");
        for (int i = 0; i < 5; i++) {
            assertThat(get(client, target, 9090)).contains("chainline-server");
        }
        assertThat(sent("firewall") - firewallBefore)
                .as("the rest does not cross the firewall")
                .isLessThan(5);
        for (int i = 0; i < 5; i++) {
            assertThat(get(client, target, 80)).contains("chainline-server");
        }
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(sent("firewall") - firewallBefore)
                        .as("web traffic crosses the firewall")
                        .isGreaterThanOrEqualTo(5));

        theDeploymentPageShowsTheNetworksAndTheTrafficThroughEachNf(deployment, host);

        podman.removeContainerCmd(nf("firewall").getId()).withForce(true).exec();
        assertThat(get(client, target, 80))
                .as("the web path without its firewall")
                .doesNotContain("chainline");
        assertThat(drift.check(deployment))
                .as("drift names the missing firewall")
                .anySatisfy(item -> assertThat(item.resource()).contains("firewall"));
        finished(deployments.reconcile(deployment, "olivia"));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(get(client, target, 80))
                        .as("reconcile restores the flow")
                        .contains("chainline-server"));

        outsiders.forEach(id -> podman.removeContainerCmd(id).withForce(true).exec());
        outsiders.clear();
        finished(deployments.terminate(deployment, "olivia"));
        assertThat(podman.listNetworksCmd().exec())
                .as("terminate leaves no network behind")
                .extracting(Network::getName)
                .noneMatch(n -> n.startsWith(name));
    }

    /** Each link as a network with its addresses, and each NF's forwarded packets on the picture, with their age. */
    private void theDeploymentPageShowsTheNetworksAndTheTrafficThroughEachNf(UUID deployment, TargetSummary host) {
        leases.renew(List.of(host.id()));
        assertThat(kpis.round()).contains(deployment);
        signIn(TestUsers.OPERATOR);
        page.navigate(url("/deployments/" + deployment));
        PlaywrightAssertions.assertThat(page.locator("#deployment-networks")).containsText("192.168.10.0/24");
        PlaywrightAssertions.assertThat(page.locator("#deployment-networks")).containsText("eth1");
        Pattern forwarded = Pattern.compile("⇄ [1-9][0-9,]* pkts · just now");
        for (String nf : List.of("classifier", "firewall", "router")) {
            PlaywrightAssertions.assertThat(page.locator("#deployment-picture g[data-node=" + nf + "]"))
                    .containsText(forwarded);
        }
        BrowserSupport.screenshot(page, "chain-traffic-deployment-page");
    }

    private UUID finished(io.chainline.console.deployment.service.DeploymentViews.JobSummary job) {
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> queries.job(job.id()).summary().state().finished());
        assertThat(queries.job(job.id()).summary().state()).isEqualTo(JobState.COMPLETED);
        return queries.job(job.id()).summary().deploymentId();
    }

    private static NetworkListing.Network link(List<NetworkListing.Network> links, String link) {
        return links.stream()
                .filter(n -> n.link().equals(link))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no network for link " + link + " in " + links));
    }

    private static String address(NetworkListing.Network link, String nf) {
        return link.members().stream()
                .filter(m -> m.nf().equals(nf))
                .findFirst()
                .orElseThrow()
                .addresses()
                .getFirst();
    }

    private static String host(NetworkListing.Network link, String last) {
        String network = link.cidr().substring(0, link.cidr().indexOf('/'));
        return network.substring(0, network.lastIndexOf('.') + 1) + last;
    }

    /** A customer's machine on one of the chain's external links, not the chain's. */
    private String outsider(String role, NetworkListing.Network link) {
        String id = podman.createContainerCmd(Engines.nfImage())
                .withName(name + "-" + role)
                .withCmd("sleep", "3600")
                .withHostConfig(HostConfig.newHostConfig()
                        .withNetworkMode(name + "-" + link.link())
                        .withCapAdd(Capability.NET_ADMIN))
                .withIpv4Address(host(link, OUTSIDE))
                .exec()
                .getId();
        outsiders.add(id);
        podman.startContainerCmd(id).exec();
        return id;
    }

    private Container nf(String nf) {
        return podman.listContainersCmd()
                .withLabelFilter(Map.of(Ownership.DEPLOYMENT, name, Ownership.NF, nf))
                .exec()
                .getFirst();
    }

    private String get(String client, String server, int port) {
        return exec(client, "sh", "-c", "printf 'GET / HTTP/1.0\\r\\n\\r\\n' | nc -w 2 " + server + " " + port);
    }

    /** Packets the NF sent on its data interfaces (eth1…), from the kernel's counters. */
    private long sent(String nf) {
        String out = exec(nf(nf).getId(), "sh", "-c", "cat /sys/class/net/eth[1-9]*/statistics/tx_packets");
        return out.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .mapToLong(Long::parseLong)
                .sum();
    }

    private String exec(String container, String... command) {
        String id = podman.execCreateCmd(container)
                .withCmd(command)
                .withAttachStdout(true)
                .withAttachStderr(true)
                .exec()
                .getId();
        StringBuilder out = new StringBuilder();
        try {
            podman.execStartCmd(id)
                    .exec(new ResultCallback.Adapter<Frame>() {
                        @Override
                        public void onNext(Frame frame) {
                            out.append(new String(frame.getPayload(), UTF_8));
                        }
                    })
                    .awaitCompletion(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
