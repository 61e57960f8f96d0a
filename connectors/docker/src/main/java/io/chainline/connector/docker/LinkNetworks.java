package io.chainline.connector.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateNetworkCmd;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Network;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.Ownership;
import io.chainline.connector.api.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The chain's virtual links on a plain host: one user-defined bridge per {@link LinkNetwork}, and each container's data
 * interfaces on them. How a link is isolated depends on the engine (docs/adr/0034): dockerd's {@code internal} bridges
 * drop routed chain frames whose source is outside their subnet, so there a link that is not external is an open
 * bridge without masquerading; podman's internal bridges carry them, so there it is internal.
 */
final class LinkNetworks {

    /** dockerd's bridge option: no source NAT for traffic leaving the link, so nothing leaves it as the host. */
    static final String MASQUERADE = "com.docker.network.bridge.enable_ip_masquerade";

    private final DockerClient docker;
    private final boolean podman;

    LinkNetworks(DockerClient docker, boolean podman) {
        this.docker = docker;
        this.podman = podman;
    }

    /** Creates for missing links, recreations for links whose subnet was changed; run before any container step. */
    List<Step> creates(DeploymentUnit unit) {
        return NetworkSteps.creates(engine(unit.ref()), unit);
    }

    /** Deletes for the deployment's link networks the unit no longer has; run after the containers left them. */
    List<Step> deletes(DeploymentUnit unit) {
        return NetworkSteps.deletes(engine(unit.ref()), unit);
    }

    private NetworkSteps.Engine engine(DeploymentRef ref) {
        return new NetworkSteps.Engine("host", docker, link -> create(ref, link), this::remove);
    }

    /**
     * How the container's data interfaces differ from its workload's attachments (a link network it is not on, an
     * address other than its fixed one); empty when they match.
     */
    static List<String> differences(DeploymentRef ref, Workload workload, int replica, Container container) {
        Map<String, ContainerNetwork> on = Optional.ofNullable(container.getNetworkSettings())
                .map(s -> s.getNetworks())
                .orElse(Map.of());
        List<String> differences = new ArrayList<>();
        for (Workload.Attachment attachment : workload.dataPlane().attachments()) {
            String name = ref.id() + "-" + attachment.link();
            ContainerNetwork network = on.get(name);
            Optional<String> wanted = address(attachment, replica);
            if (network == null) {
                differences.add("network " + name + ": not attached, wanted " + wanted.orElse("on it"));
            } else if (wanted.isPresent() && !wanted.get().equals(network.getIpAddress())) {
                differences.add("network " + name + ": address " + network.getIpAddress() + ", wanted " + wanted.get());
            }
        }
        return differences;
    }

    /**
     * Connects a started container to its link networks in attachment order, so they become eth1, eth2… after the
     * management network's eth0: connected before the start, dockerd would order all interfaces by network name.
     */
    void attach(DeploymentRef ref, Workload workload, int replica, String containerId) {
        for (Workload.Attachment attachment : workload.dataPlane().attachments()) {
            ContainerNetwork endpoint = new ContainerNetwork();
            address(attachment, replica)
                    .ifPresent(a -> endpoint.withIpamConfig(new ContainerNetwork.Ipam().withIpv4Address(a)));
            docker.connectToNetworkCmd()
                    .withNetworkId(ref.id() + "-" + attachment.link())
                    .withContainerId(containerId)
                    .withContainerNetwork(endpoint)
                    .exec();
        }
    }

    /** IPv4 forwarding for a forwarding NF, and the capabilities its data plane declares. */
    static void dataPlane(HostConfig host, Workload.DataPlane dataPlane) {
        if (dataPlane.forwarding()) {
            host.withSysctls(Map.of("net.ipv4.ip_forward", "1"));
        }
        if (!dataPlane.capabilities().isEmpty()) {
            host.withCapAdd(dataPlane.capabilities().stream()
                    .sorted()
                    .map(LinkNetworks::capability)
                    .toArray(Capability[]::new));
        }
    }

    /** {@code NET_ADMIN} or {@code CAP_NET_ADMIN}; a name Docker does not know is refused before anything runs. */
    static Capability capability(String name) {
        String bare = name.toUpperCase(Locale.ROOT).replaceFirst("^CAP_", "");
        try {
            return Capability.valueOf(bare);
        } catch (IllegalArgumentException unknown) {
            throw new ConnectorException(
                    ConnectorException.Reason.UNSUPPORTED,
                    "Capability " + name + " is not a Linux capability Docker knows (NET_ADMIN, NET_RAW…).",
                    unknown);
        }
    }

    /** The instance's fixed address on the link, when the descriptor fixes one. */
    static Optional<String> address(Workload.Attachment attachment, int replica) {
        return attachment.addresses().size() >= replica
                ? Optional.of(attachment.addresses().get(replica - 1))
                : Optional.empty();
    }

    private void create(DeploymentRef ref, LinkNetwork link) {
        Network.Ipam.Config config = new Network.Ipam.Config().withSubnet(link.cidr());
        link.gateway().ifPresent(config::withGateway);
        CreateNetworkCmd create = docker.createNetworkCmd()
                .withName(link.nameIn(ref))
                .withDriver("bridge")
                .withIpam(new Network.Ipam().withConfig(config))
                .withLabels(Ownership.of(ref, link));
        if (!link.external()) {
            if (podman) {
                create.withInternal(true);
            } else {
                create.withOptions(Map.of(MASQUERADE, "false"));
            }
        }
        create.exec();
    }

    /** Disconnects what is still on the network (the containers are recreated on the new one), then removes it. */
    private void remove(Network network) {
        try {
            Network inspected =
                    docker.inspectNetworkCmd().withNetworkId(network.getId()).exec();
            Optional.ofNullable(inspected.getContainers())
                    .orElse(Map.of())
                    .keySet()
                    .forEach(container -> docker.disconnectFromNetworkCmd()
                            .withNetworkId(network.getId())
                            .withContainerId(container)
                            .withForce(true)
                            .exec());
            docker.removeNetworkCmd(network.getId()).exec();
        } catch (NotFoundException gone) {
            // removed meanwhile: that is what was wanted
        }
    }

    /** The deployment's link networks (its management network carries no link label). */
    List<Network> owned(DeploymentRef ref) {
        return NetworkSteps.owned(docker, ref);
    }

    static String subnet(Network network) {
        return NetworkSteps.subnet(network);
    }
}
