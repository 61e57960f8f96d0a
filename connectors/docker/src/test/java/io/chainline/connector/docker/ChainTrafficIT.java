package io.chainline.connector.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Network;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.Ownership;
import io.chainline.connector.api.Workload;
import io.chainline.connector.testkit.SampleUnits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A service chain carries traffic as the connector builds it, on a real engine: the vCPE's links as the connector's
 * link networks, its NFs (the forwarding stand-in) attached to them with their fixed addresses and told their chain
 * context, a client on the ingress link and a server on the egress link. The client reaches the server; the web path
 * (tcp 8080) crosses the firewall and the rest does not; an NF removed out of band breaks its path, plan shows it, and
 * reconcile restores the flow; destroy leaves no network behind.
 */
class ChainTrafficIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READY = Duration.ofSeconds(90);

    private final DeploymentRef ref =
            DeploymentRef.of("traffic-" + UUID.randomUUID().toString().substring(0, 6));
    private final VcpeChain chain =
            new VcpeChain(ref.id(), 130 + ThreadLocalRandom.current().nextInt(30), 1); // eth0 is management
    private final List<String> outsiders = new ArrayList<>();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"podman", "dockerd"})
    void theChainCarriesTrafficInPathOrderAndReconcileRestoresIt(String engine) throws Exception {
        String host = engine.equals("podman") ? Engines.podman() : Engines.swarm();
        DockerConnector connector = engine.equals("podman")
                ? Engines.connect(host)
                : Engines.connect(host).asPlainHost();
        try (DockerClient docker = DockerClients.of(host);
                connector) {
            DeploymentUnit unit = unit(nfImage());
            try {
                connector.apply(unit, READY);
                outsider(docker, "client", "lan");
                outsider(docker, "server", "wan");
                exec(
                        docker,
                        id(docker, "client"),
                        "ip",
                        "route",
                        "replace",
                        chain.cidr("wan"),
                        "via",
                        chain.address("classifier", "lan"));
                exec(
                        docker,
                        id(docker, "server"),
                        "ip",
                        "route",
                        "replace",
                        chain.cidr("lan"),
                        "via",
                        chain.address("vpn", "wan"));
                exec(docker, id(docker, "server"), "httpd", "-p", "9090", "-h", "/www");

                theWebPathCrossesTheFirewallAndTheRestDoesNot(docker);
                removingAnNfBreaksItsPathUntilReconcile(docker, connector, unit);
            } finally {
                outsiders.forEach(
                        id -> docker.removeContainerCmd(id).withForce(true).exec());
                connector.destroy(ref);
            }
            assertThat(docker.listNetworksCmd().exec())
                    .as("terminate leaves no network behind")
                    .extracting(Network::getName)
                    .noneMatch(n -> n.startsWith(ref.id()));
        }
    }

    private void theWebPathCrossesTheFirewallAndTheRestDoesNot(DockerClient docker) {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(get(docker, 8080)).contains("chainline-nf server"));
        Map<String, Long> before = counters(docker);
        for (int i = 0; i < 10; i++) {
            assertThat(get(docker, 8080)).contains("chainline-nf server");
        }
        Map<String, Long> web = grown(before, settled(docker, before));
        assertThat(web)
                .allSatisfy((nf, packets) -> assertThat(packets)
                        .as("packets the web path sent through %s", nf)
                        .isGreaterThanOrEqualTo(10));

        Map<String, Long> beforeRest = counters(docker);
        for (int i = 0; i < 10; i++) {
            assertThat(get(docker, 9090)).contains("chainline-nf server");
        }
        Map<String, Long> rest = grown(beforeRest, settled(docker, beforeRest));
        assertThat(rest.get("firewall"))
                .as("tcp 9090 is not on the firewall's path")
                .isLessThan(10);
        assertThat(rest.get("router")).as("but crosses the router").isGreaterThanOrEqualTo(10);
        System.out.printf("packets forwarded per NF for 10 requests: tcp 8080 %s, tcp 9090 %s%n", web, rest);
    }

    private void removingAnNfBreaksItsPathUntilReconcile(
            DockerClient docker, DockerConnector connector, DeploymentUnit unit) {
        docker.removeContainerCmd(id(docker, "firewall")).withForce(true).exec();
        assertThat(get(docker, 8080)).as("the web path without its firewall").doesNotContain("chainline-nf");
        assertThat(connector.plan(unit).changes())
                .as("drift: the firewall is missing")
                .isNotEmpty();

        connector.apply(unit, READY);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(get(docker, 8080))
                        .as("reconcile restores the flow")
                        .contains("chainline-nf server"));
    }

    /** The vCPE as the console would hand it over: six link networks, four forwarding NFs with their contexts. */
    private DeploymentUnit unit(String image) throws IOException {
        List<LinkNetwork> networks = VcpeChain.LINKS.stream()
                .map(link -> LinkNetwork.bridge(link, chain.cidr(link), link.equals("lan") || link.equals("wan")))
                .toList();
        List<Workload> workloads = new ArrayList<>();
        for (var nf : VcpeChain.NFS.entrySet()) {
            List<Workload.Attachment> attachments = new ArrayList<>();
            for (int i = 0; i < nf.getValue().size(); i++) {
                String link = nf.getValue().get(i);
                attachments.add(new Workload.Attachment(
                        nf.getKey() + "-" + link, link, "eth" + (i + 1), List.of(chain.address(nf.getKey(), link))));
            }
            String context = JSON.writeValueAsString(chain.context(nf.getKey()));
            Workload plain = Engines.workload(
                    nf.getKey(), "nf", 1, image, Optional.empty(), Map.of(Workload.CHAIN_CONTEXT, context));
            workloads.add(
                    SampleUnits.withDataPlane(plain, new Workload.DataPlane(attachments, true, Set.of("NET_ADMIN"))));
        }
        return new DeploymentUnit(ref, workloads, List.of(), List.of(), networks);
    }

    /** A container that is not the chain's: a customer's client or server on one of its external links. */
    private void outsider(DockerClient docker, String name, String link) {
        String id = docker.createContainerCmd(nfImageQuietly())
                .withName(ref.id() + "-" + name)
                .withEnv(List.of("NF_NAME=" + name))
                .withHostConfig(HostConfig.newHostConfig()
                        .withNetworkMode(link(docker, link))
                        .withCapAdd(Capability.NET_ADMIN))
                .withIpv4Address(chain.address(name, link))
                .exec()
                .getId();
        outsiders.add(id);
        docker.startContainerCmd(id).exec();
    }

    private String link(DockerClient docker, String link) {
        return docker.listNetworksCmd().withNameFilter(ref.id() + "-" + link).exec().stream()
                .filter(n -> n.getName().equals(ref.id() + "-" + link))
                .findFirst()
                .map(Network::getName)
                .orElseThrow(() -> new AssertionError("the connector made no network for link " + link));
    }

    private String id(DockerClient docker, String name) {
        if (name.equals("client") || name.equals("server")) {
            return ref.id() + "-" + name;
        }
        List<Container> nf = docker.listContainersCmd()
                .withLabelFilter(Map.of(Ownership.DEPLOYMENT, ref.id(), Ownership.NF, name))
                .exec();
        assertThat(nf).as("a running %s", name).isNotEmpty();
        return nf.getFirst().getId();
    }

    private String get(DockerClient docker, int port) {
        return exec(
                docker,
                id(docker, "client"),
                "sh",
                "-c",
                "printf 'GET / HTTP/1.0\\r\\n\\r\\n' | nc -w 2 " + chain.address("server", "wan") + " " + port);
    }

    /** Packets each NF sent on its data interfaces (not eth0), from its own GET /counters. */
    private Map<String, Long> counters(DockerClient docker) {
        Map<String, Long> sent = new LinkedHashMap<>();
        for (String nf : VcpeChain.NFS.keySet()) {
            String response = exec(
                    docker,
                    id(docker, nf),
                    "sh",
                    "-c",
                    "printf 'GET /counters HTTP/1.0\\r\\n\\r\\n' | nc -w 2 127.0.0.1 8080");
            try {
                long tx = 0;
                var interfaces = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4))
                        .properties();
                for (Map.Entry<String, JsonNode> counters : interfaces) {
                    tx += counters.getKey().equals("eth0") || counters.getKey().equals("lo")
                            ? 0
                            : counters.getValue().get("tx").asLong();
                }
                sent.put(nf, tx);
            } catch (IOException e) {
                throw new UncheckedIOException("counters of " + nf + ": " + response, e);
            }
        }
        return sent;
    }

    /** The counters once the NFs rewrote them after the requests (every second). */
    private Map<String, Long> settled(DockerClient docker, Map<String, Long> before) {
        await().pollDelay(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        return counters(docker);
    }

    private static Map<String, Long> grown(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> grown = new LinkedHashMap<>();
        after.forEach((nf, n) -> grown.put(nf, n - before.getOrDefault(nf, 0L)));
        return grown;
    }

    private static String exec(DockerClient docker, String container, String... command) {
        return Exec.run(docker, container, command);
    }

    private static String nfImage() throws IOException {
        return Engines.nfImage();
    }

    private static String nfImageQuietly() {
        try {
            return nfImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
