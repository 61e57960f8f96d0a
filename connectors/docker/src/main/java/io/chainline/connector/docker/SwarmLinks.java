package io.chainline.connector.docker;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.ContainerSpec;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.api.model.NetworkAttachmentConfig;
import com.github.dockerjava.api.model.Service;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.Ownership;
import io.chainline.connector.api.Workload;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The chain's virtual links on a Swarm: an attachable overlay per {@link LinkNetwork}, and each service on the
 * management overlay first, then on its links in attachment order. Swarm allocates task addresses itself, so units with
 * fixed addresses are refused before this runs ({@link EngineFacts}).
 */
final class SwarmLinks {

    private final DockerClient docker;

    SwarmLinks(DockerClient docker) {
        this.docker = docker;
    }

    /** Creates for missing overlays, recreations for overlays whose subnet was changed. */
    List<Step> creates(DeploymentUnit unit) {
        return NetworkSteps.creates(engine(unit.ref()), unit);
    }

    /** Deletes for overlays the unit no longer has, after the services left them. */
    List<Step> deletes(DeploymentUnit unit) {
        return NetworkSteps.deletes(engine(unit.ref()), unit);
    }

    private NetworkSteps.Engine engine(DeploymentRef ref) {
        return new NetworkSteps.Engine(
                "swarm",
                docker,
                link -> create(ref, link),
                n -> docker.removeNetworkCmd(n.getId()).exec());
    }

    /** The management overlay (reached by the NF's name), then the workload's links in attachment order. */
    static List<NetworkAttachmentConfig> attachments(DeploymentRef ref, Workload workload) {
        return Stream.concat(
                        Stream.of(new NetworkAttachmentConfig()
                                .withTarget(Specs.network(ref))
                                .withAliases(List.of(workload.nf()))),
                        workload.dataPlane().attachments().stream()
                                .map(a -> new NetworkAttachmentConfig().withTarget(ref.id() + "-" + a.link())))
                .toList();
    }

    /**
     * The service's networks as they differ from the workload's: Swarm stores a network's id where it was given its
     * name, so both are compared.
     */
    Optional<String> difference(DeploymentRef ref, Workload workload, Service service) {
        List<NetworkAttachmentConfig> on = Optional.ofNullable(
                        service.getSpec().getTaskTemplate().getNetworks())
                .filter(n -> !n.isEmpty())
                .or(() -> Optional.ofNullable(service.getSpec().getNetworks()))
                .orElse(List.of());
        Map<String, String> ids = docker.listNetworksCmd().exec().stream()
                .collect(Collectors.toMap(Network::getId, Network::getName, (a, b) -> a));
        List<String> has = on.stream()
                .map(n -> ids.getOrDefault(n.getTarget(), n.getTarget()))
                .toList();
        List<String> wanted = attachments(ref, workload).stream()
                .map(NetworkAttachmentConfig::getTarget)
                .toList();
        return has.equals(wanted) ? Optional.empty() : Optional.of("networks: swarm has " + has + ", wanted " + wanted);
    }

    /** The task's container spec with forwarding and capabilities, which docker-java's model does not carry. */
    static ContainerSpec container(Workload.DataPlane dataPlane) {
        DataPlaneContainerSpec spec = new DataPlaneContainerSpec();
        if (dataPlane.forwarding()) {
            spec.sysctls = Map.of("net.ipv4.ip_forward", "1");
        }
        if (!dataPlane.capabilities().isEmpty()) {
            spec.capabilityAdd = dataPlane.capabilities().stream()
                    .map(c -> "CAP_" + LinkNetworks.capability(c).name())
                    .sorted()
                    .toList();
        }
        return spec;
    }

    private void create(DeploymentRef ref, LinkNetwork link) {
        Network.Ipam.Config config = new Network.Ipam.Config().withSubnet(link.cidr());
        link.gateway().ifPresent(config::withGateway);
        docker.createNetworkCmd()
                .withName(link.nameIn(ref))
                .withDriver("overlay")
                .withAttachable(true)
                .withIpam(new Network.Ipam().withConfig(config))
                .withLabels(Ownership.of(ref, link))
                .exec();
    }

    private List<Network> owned(DeploymentRef ref) {
        return NetworkSteps.owned(docker, ref);
    }

    /** Engine API 1.40+ {@code Sysctls} and 1.41+ {@code CapabilityAdd} of a task's container. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class DataPlaneContainerSpec extends ContainerSpec {

        private static final long serialVersionUID = 1L;

        @JsonProperty("Sysctls")
        Map<String, String> sysctls;

        @JsonProperty("CapabilityAdd")
        List<String> capabilityAdd;
    }
}
