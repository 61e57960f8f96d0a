package io.chainline.connector.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Network;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.Workload;
import io.chainline.connector.testkit.LinkNetworkContract;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The link network contract on a plain Docker host, read from inside the containers: their interfaces as {@code ip}
 * lists them. Extended once per engine (podman, dockerd), which differ in how they isolate a link (docs/adr/0034).
 */
abstract class PlainLinkNetworks extends LinkNetworkContract {

    protected abstract DockerClient docker();

    protected abstract DockerConnector plainConnector();

    @Override
    protected Connector connector() {
        return plainConnector();
    }

    @Override
    protected Duration readiness() {
        return Duration.ofSeconds(30);
    }

    @Override
    protected Map<String, String> interfaces(DeploymentRef ref, Workload workload, int instance) {
        return addresses(docker(), "chainline-" + ref.id() + "-" + workload.name() + "-" + instance);
    }

    /** Detaches every container from the network, then removes it, as an operator would have to. */
    @Override
    protected void removeOutOfBand(DeploymentRef ref, LinkNetwork network) {
        Network live =
                docker().inspectNetworkCmd().withNetworkId(network.nameIn(ref)).exec();
        live.getContainers()
                .keySet()
                .forEach(c -> docker().disconnectFromNetworkCmd()
                        .withNetworkId(live.getId())
                        .withContainerId(c)
                        .withForce(true)
                        .exec());
        docker().removeNetworkCmd(live.getId()).exec();
    }

    @Override
    protected boolean networkExists(String name) {
        return docker().listNetworksCmd().exec().stream().anyMatch(n -> name.equals(n.getName()));
    }

    /** {@code ip -o -4 addr} inside the container: interface name to IPv4 address. */
    static Map<String, String> addresses(DockerClient docker, String container) {
        String out = Exec.run(docker, container, "ip", "-o", "-4", "addr");
        Map<String, String> addresses = new TreeMap<>();
        for (String line : out.split("\n")) {
            String[] words = line.trim().split("\\s+");
            if (words.length > 3 && "inet".equals(words[2])) {
                addresses.put(words[1].replaceFirst("@.*", ""), words[3].replaceFirst("/.*", ""));
            }
        }
        return addresses;
    }
}
