package io.chainline.connector.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateNetworkCmd;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.api.model.RestartPolicy;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.Ownership;
import io.chainline.connector.api.Workload;
import io.chainline.connector.testkit.SampleUnits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The deploy benchmark's chain ({@link DeployBenchIT}): {@code size} forwarding NFs in a line, each on the link before
 * it and the link after it (eth1, eth2 after the management network's eth0), {@code size + 1} links of which the first
 * and last are external, fixed addresses, and a chain context per NF. {@link #rawDeploy} makes the same networks and
 * containers with plain docker-java calls, one after the other, as a script would.
 */
record BenchChain(DeploymentRef ref, int net, int size, String image) {

    String link(int index) {
        return index == 0 ? "in" : index == size ? "out" : "h" + index;
    }

    String cidr(int index) {
        return "10." + net + "." + index + ".0/24";
    }

    String address(int nf, int link) {
        return "10." + net + "." + link + "." + (link == nf ? 10 : 20);
    }

    String nf(int nf) {
        return String.format("nf%02d", nf + 1);
    }

    List<LinkNetwork> networks() {
        List<LinkNetwork> networks = new ArrayList<>();
        for (int i = 0; i <= size; i++) {
            networks.add(LinkNetwork.bridge(link(i), cidr(i), i == 0 || i == size));
        }
        return networks;
    }

    /** NF i sits on link i (eth1, as .10) and link i+1 (eth2, as .20). */
    List<Workload.Attachment> attachments(int nf) {
        return List.of(
                new Workload.Attachment(nf(nf) + "-a", link(nf), "eth1", List.of(address(nf, nf))),
                new Workload.Attachment(nf(nf) + "-b", link(nf + 1), "eth2", List.of(address(nf, nf + 1))));
    }

    String context(int nf) {
        StringBuilder interfaces = new StringBuilder();
        for (Workload.Attachment a : attachments(nf)) {
            int index = a.link().equals(link(nf)) ? nf : nf + 1;
            interfaces
                    .append(interfaces.isEmpty() ? "" : ",")
                    .append(String.format(
                            "{\"cp\":\"%s\",\"link\":\"%s\",\"interface\":\"%s\",\"address\":\"%s\",\"cidr\":\"%s\"}",
                            a.connectionPoint(),
                            a.link(),
                            a.interfaceName(),
                            a.addresses().getFirst(),
                            cidr(index)));
        }
        return String.format(
                "{\"version\":1,\"deployment\":\"%s\",\"nf\":\"%s\",\"forwarding\":true,\"interfaces\":[%s],"
                        + "\"paths\":[]}",
                ref.id(), nf(nf), interfaces);
    }

    Workload workload(int nf) {
        Workload plain =
                Engines.workload(nf(nf), "nf", 1, image, Optional.empty(), Map.of(Workload.CHAIN_CONTEXT, context(nf)));
        return SampleUnits.withDataPlane(plain, new Workload.DataPlane(attachments(nf), true, Set.of("NET_ADMIN")));
    }

    DeploymentUnit unit() {
        List<Workload> workloads = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            workloads.add(workload(i));
        }
        return new DeploymentUnit(ref, workloads, List.of(), List.of(), networks());
    }

    /**
     * The same networks and containers with raw calls: management network, link networks (internal on podman), then
     * per NF create, copy its configuration, start, connect its links in order; then wait until every one runs.
     */
    void rawDeploy(DockerClient docker, boolean podman) {
        String management = "chainline-" + ref.id();
        docker.createNetworkCmd()
                .withName(management)
                .withDriver("bridge")
                .withLabels(Ownership.of(ref))
                .exec();
        for (LinkNetwork link : networks()) {
            CreateNetworkCmd create = docker.createNetworkCmd()
                    .withName(link.nameIn(ref))
                    .withDriver("bridge")
                    .withIpam(new Network.Ipam().withConfig(new Network.Ipam.Config().withSubnet(link.cidr())))
                    .withLabels(Ownership.of(ref, link));
            if (!link.external() && podman) {
                create.withInternal(true);
            } else if (!link.external()) {
                create.withOptions(Map.of(LinkNetworks.MASQUERADE, "false"));
            }
            create.exec();
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ids.add(rawContainer(docker, management, workload(i)));
        }
        for (String id : ids) {
            while (!Boolean.TRUE.equals(
                    docker.inspectContainerCmd(id).exec().getState().getRunning())) {
                sleep(10); // a harness, not a test: a short pause so the poll does not crowd the engine
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private String rawContainer(DockerClient docker, String management, Workload workload) {
        Workload.ContainerSpec spec = workload.containers().getFirst();
        String id = docker.createContainerCmd(spec.image())
                .withName("chainline-" + ref.id() + "-" + workload.name() + "-1")
                .withLabels(Ownership.of(ref, workload))
                .withEnv(Specs.environment(spec))
                .withHostConfig(HostConfig.newHostConfig()
                        .withNetworkMode(management)
                        .withRestartPolicy(RestartPolicy.unlessStoppedRestart())
                        .withMemory(spec.memoryLimitBytes())
                        .withNanoCPUs(spec.cpuLimitMilli() * 1_000_000L)
                        .withSysctls(Map.of("net.ipv4.ip_forward", "1"))
                        .withCapAdd(Capability.NET_ADMIN))
                .exec()
                .getId();
        docker.copyArchiveToContainerCmd(id)
                .withTarInputStream(ConfigArchive.of(workload.configuration()))
                .withRemotePath("/")
                .exec();
        docker.startContainerCmd(id).exec();
        for (Workload.Attachment attachment : workload.dataPlane().attachments()) {
            docker.connectToNetworkCmd()
                    .withNetworkId(ref.id() + "-" + attachment.link())
                    .withContainerId(id)
                    .withContainerNetwork(new ContainerNetwork()
                            .withIpamConfig(new ContainerNetwork.Ipam()
                                    .withIpv4Address(attachment.addresses().getFirst())))
                    .exec();
        }
        return id;
    }
}
