package io.chainline.connector.docker;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Network;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The NF stand-in image (.ci/nf-image.sh) forwards along a chain, proved with packets and without the console: a
 * vCPE-like chain built by hand on a real engine, each NF given the chain context the console would write
 * (docs/chain-context.md). Path "web" (tcp 8080) crosses classifier, firewall, router and VPN; path "rest" (anything
 * else) crosses classifier, router and VPN. On podman the links are macvlan networks: netavark's bridges are
 * filtered and masqueraded by the host's iptables here (docs/connectors.md, "Host requirements for chains").
 */
class ForwardingNfIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REQUESTS = 15;

    private final String run = "fwnf-" + UUID.randomUUID().toString().substring(0, 6);
    private final VcpeChain chain =
            new VcpeChain(run, 160 + ThreadLocalRandom.current().nextInt(30)); // 10.<160..189>.<link>.0/24
    private final List<String> containers = new ArrayList<>();
    private final List<String> networks = new ArrayList<>();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dockerd", "podman"})
    void trafficCrossesTheNfsOfItsPathAndStopsWhenOneIsGone(String engine) throws IOException, InterruptedException {
        boolean podman = engine.equals("podman");
        Path contexts = Files.createTempDirectory(run);
        try (DockerClient docker = DockerClients.of(podman ? Engines.podman() : Engines.swarm())) {
            try {
                String image = nfImage();
                docker.pullImageCmd(image).start().awaitCompletion(120, TimeUnit.SECONDS);
                for (String link : VcpeChain.LINKS) {
                    networks.add(createLink(docker, link, podman));
                }
                start(docker, image, "client", List.of("lan"), Optional.empty());
                start(docker, image, "server", List.of("wan"), Optional.empty());
                for (var nf : VcpeChain.NFS.entrySet()) {
                    Path file = contexts.resolve(nf.getKey() + ".json");
                    Files.writeString(file, JSON.writeValueAsString(chain.context(nf.getKey())));
                    start(docker, image, nf.getKey(), nf.getValue(), Optional.of(file));
                }
                exec(
                        docker,
                        "client",
                        "ip",
                        "route",
                        "replace",
                        chain.cidr("wan"),
                        "via",
                        chain.address("classifier", "lan"));
                exec(docker, "server", "ip", "route", "replace", chain.cidr("lan"), "via", chain.address("vpn", "wan"));
                exec(docker, "server", "httpd", "-p", "9090", "-h", "/www"); // the same page on a port no path matches

                provesThePaths(docker);
            } finally {
                cleanUp(docker);
                try (var files = Files.list(contexts)) {
                    files.forEach(f -> f.toFile().delete());
                }
                Files.delete(contexts);
            }
            assertThat(docker.listContainersCmd()
                            .withShowAll(true)
                            .withNameFilter(List.of(run))
                            .exec())
                    .isEmpty();
            assertThat(docker.listNetworksCmd().exec())
                    .extracting(Network::getName)
                    .noneMatch(n -> n.startsWith(run));
        }
    }

    /** The image's JSON reader and planner (busybox awk, as in the image) on the contexts this test writes. */
    @Test
    void theStandInPlansItsRoutesWhateverTheDocumentsLayout() throws IOException, InterruptedException {
        ObjectMapper pretty = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
        List<String> classifier =
                plan(JSON.writeValueAsString(chain.context("classifier"))).lines();

        assertThat(classifier)
                .containsExactlyInAnyOrder(
                        "WAIT " + chain.address("classifier", "lan"),
                        "WAIT " + chain.address("classifier", "cl-fw"),
                        "WAIT " + chain.address("classifier", "cl-rt"),
                        "ROUTE " + chain.cidr("wan") + " via " + chain.address("firewall", "cl-fw") + " table 100",
                        "RULE priority 1000 ipproto 6 dport 8080 from " + chain.cidr("lan") + " to " + chain.cidr("wan")
                                + " table 100",
                        "ROUTE " + chain.cidr("wan") + " via " + chain.address("router", "cl-rt"));
        assertThat(plan(pretty.writeValueAsString(chain.context("classifier"))).lines())
                .as("indented, keys in another order")
                .containsExactlyInAnyOrderElementsOf(classifier);
        assertThat(plan(JSON.writeValueAsString(chain.context("router"))).lines())
                .as("the router returns traffic by the shorter path, not through the firewall")
                .contains(
                        "ROUTE " + chain.cidr("wan") + " via " + chain.address("vpn", "rt-vpn"),
                        "ROUTE " + chain.cidr("lan") + " via " + chain.address("classifier", "cl-rt"))
                .noneMatch(line -> line.startsWith("RULE"));

        Plan refused = plan("{\"version\": 2, \"paths\": []}");
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.lines()).isEmpty();
        String hostile = JSON.writeValueAsString(chain.context("firewall"))
                .replace(chain.address("router", "fw-rt"), "1.2.3.4;reboot");
        assertThat(plan(hostile).lines()).noneMatch(line -> line.contains(";") || line.contains("1.2.3.4"));
    }

    private record Plan(int exit, List<String> lines) {}

    private static Plan plan(String document) throws IOException, InterruptedException {
        Path file = Files.createTempFile("chain-context", ".json");
        try {
            Files.writeString(file, document);
            Process awk = new ProcessBuilder(
                            "busybox", "awk", "-f", "../../.ci/nf-image/chain-context.awk", file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            List<String> lines = new String(awk.getInputStream().readAllBytes(), UTF_8)
                    .lines()
                    .toList();
            return new Plan(awk.waitFor(), lines);
        } finally {
            Files.delete(file);
        }
    }

    private void provesThePaths(DockerClient docker) {
        await().atMost(Duration.ofSeconds(40))
                .untilAsserted(() -> assertThat(get(docker, 8080)).contains("chainline-nf server"));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(get(docker, 9090)).contains("chainline-nf server"));

        Map<String, Long> before = received(docker);
        for (int i = 0; i < REQUESTS; i++) {
            assertThat(get(docker, 8080)).contains("chainline-nf server");
        }
        Map<String, Long> afterWeb = counted(docker, before, nf -> true);
        Map<String, Long> web = grown(before, afterWeb);

        for (int i = 0; i < REQUESTS; i++) {
            assertThat(get(docker, 9090)).contains("chainline-nf server");
        }
        Map<String, Long> rest = grown(afterWeb, counted(docker, afterWeb, nf -> !nf.equals("firewall")));
        assertThat(rest.get("firewall"))
                .as("the firewall is not on the path of tcp 9090")
                .isLessThan(REQUESTS);
        System.out.printf("packets received per NF for %d requests: tcp 8080 %s, tcp 9090 %s%n", REQUESTS, web, rest);

        docker.stopContainerCmd(name("firewall")).withTimeout(1).exec();
        assertThat(get(docker, 8080)).as("the web path without its firewall").doesNotContain("chainline-nf");
        assertThat(get(docker, 9090))
                .as("the rest path does not cross the firewall")
                .contains("chainline-nf server");
    }

    /**
     * The packets each NF has received, once those that {@code crossed} received some for every request since
     * {@code before}. The NFs rewrite their counters every second: the first reading waits that long, so the result is
     * complete and serves as the next {@code before}.
     */
    private Map<String, Long> counted(DockerClient docker, Map<String, Long> before, Predicate<String> crossed) {
        AtomicReference<Map<String, Long>> after = new AtomicReference<>();
        await().pollDelay(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> {
                    after.set(received(docker));
                    assertThat(grown(before, after.get()))
                            .allSatisfy((nf, packets) -> assertThat(packets)
                                    .as("packets %s received", nf)
                                    .isGreaterThanOrEqualTo(crossed.test(nf) ? REQUESTS * 3L : 0));
                });
        return after.get();
    }

    private String createLink(DockerClient docker, String link, boolean podman) {
        // dockerd: an open bridge (an internal one drops frames from outside its subnet); podman: macvlan, which
        // the host's netfilter does not see
        return docker.createNetworkCmd()
                .withName(run + "-" + link)
                .withDriver(podman ? "macvlan" : "bridge")
                .withIpam(new Network.Ipam().withConfig(new Network.Ipam.Config().withSubnet(chain.cidr(link))))
                .withLabels(Map.of("chainline.test", "forwarding-nf"))
                .exec()
                .getId();
    }

    private void start(DockerClient docker, String image, String nf, List<String> links, Optional<Path> context) {
        HostConfig host = HostConfig.newHostConfig()
                .withNetworkMode(run + "-" + links.getFirst())
                .withCapAdd(Capability.NET_ADMIN)
                .withSysctls(Map.of("net.ipv4.ip_forward", "1"));
        context.ifPresent(file -> host.withBinds(Bind.parse(file + ":/etc/chainline/chain-context.json:ro")));
        String id = docker.createContainerCmd(image)
                .withName(name(nf))
                .withEnv(List.of("NF_NAME=" + nf, "CHAINLINE_CHAIN_CONTEXT=/etc/chainline/chain-context.json"))
                .withLabels(Map.of("chainline.test", "forwarding-nf"))
                .withHostConfig(host)
                .withIpv4Address(chain.address(nf, links.getFirst()))
                .exec()
                .getId();
        containers.add(id);
        for (String link : links.subList(1, links.size())) {
            docker.connectToNetworkCmd()
                    .withNetworkId(run + "-" + link)
                    .withContainerId(id)
                    .withContainerNetwork(new ContainerNetwork()
                            .withIpamConfig(new ContainerNetwork.Ipam().withIpv4Address(chain.address(nf, link))))
                    .exec();
        }
        docker.startContainerCmd(id).exec();
    }

    /** An HTTP GET from the client to the server, through the chain. */
    private String get(DockerClient docker, int port) {
        return exec(
                docker,
                "client",
                "sh",
                "-c",
                "printf 'GET / HTTP/1.0\\r\\n\\r\\n' | nc -w 2 " + chain.address("server", "wan") + " " + port);
    }

    /** Packets each NF received on all its interfaces, from its own GET /counters. */
    private Map<String, Long> received(DockerClient docker) {
        Map<String, Long> received = new LinkedHashMap<>();
        for (String nf : VcpeChain.NFS.keySet()) {
            String response = exec(
                    docker, nf, "sh", "-c", "printf 'GET /counters HTTP/1.0\\r\\n\\r\\n' | nc -w 2 127.0.0.1 8080");
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            try {
                long rx = 0;
                for (JsonNode counters : JSON.readTree(body)) {
                    rx += counters.get("rx").asLong();
                }
                received.put(nf, rx);
            } catch (IOException e) {
                throw new UncheckedIOException("counters of " + nf + ": " + response, e);
            }
        }
        return received;
    }

    private static Map<String, Long> grown(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> grown = new LinkedHashMap<>();
        after.forEach((nf, rx) -> grown.put(nf, rx - before.get(nf)));
        return grown;
    }

    private String exec(DockerClient docker, String nf, String... command) {
        return Exec.run(docker, name(nf), command);
    }

    private void cleanUp(DockerClient docker) {
        for (String id : containers) {
            try {
                docker.removeContainerCmd(id).withForce(true).exec();
            } catch (RuntimeException e) {
                System.err.println("could not remove container " + id + ": " + e.getMessage());
            }
        }
        for (String id : networks) {
            try {
                docker.removeNetworkCmd(id).exec();
            } catch (RuntimeException e) {
                System.err.println("could not remove network " + id + ": " + e.getMessage());
            }
        }
    }

    private String name(String nf) {
        return run + "-" + nf;
    }

    private static String nfImage() throws IOException {
        return Engines.nfImage();
    }
}
