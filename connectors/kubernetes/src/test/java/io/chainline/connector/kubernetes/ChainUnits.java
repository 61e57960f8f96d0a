package io.chainline.connector.kubernetes;

import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.Workload;
import io.chainline.connector.testkit.SampleUnits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The vCPE as a chain that carries traffic: classifier → firewall → router → vpn, each NF between two links with fixed
 * addresses (lan and wan are the SAPs' links, with gateways), forwarding, with NET_ADMIN, and given its chain context.
 */
final class ChainUnits {

    static final List<String> LINKS = List.of("lan", "cl-fw", "fw-rt", "rt-vpn", "wan");
    static final List<String> NFS = List.of("classifier", "firewall", "router", "vpn");

    private ChainUnits() {}

    static DeploymentUnit vcpe(DeploymentRef ref) {
        return vcpe(ref, links());
    }

    static DeploymentUnit vcpe(DeploymentRef ref, List<LinkNetwork> links) {
        List<Workload> workloads = new ArrayList<>();
        List<DeploymentUnit.Flow> flows = new ArrayList<>();
        for (int i = 0; i < NFS.size(); i++) {
            workloads.add(nf(NFS.get(i), i, 1, true));
            if (i > 0) {
                flows.add(new DeploymentUnit.Flow(NFS.get(i - 1), NFS.get(i), List.of()));
            }
        }
        return new DeploymentUnit(ref, workloads, flows, List.of(), links);
    }

    static List<LinkNetwork> links() {
        List<LinkNetwork> links = new ArrayList<>();
        for (int i = 0; i < LINKS.size(); i++) {
            boolean external = i == 0 || i == LINKS.size() - 1;
            String cidr = "10.60." + (i + 1) + ".0/24";
            links.add(new LinkNetwork(
                    LINKS.get(i),
                    cidr,
                    external ? Optional.of("10.60." + (i + 1) + ".1") : Optional.empty(),
                    external,
                    LinkNetwork.Driver.BRIDGE,
                    Optional.empty(),
                    Optional.empty()));
        }
        return links;
    }

    /** NF number {@code i}: on link i (eth1) and link i+1 (eth2), at .2(i+1)0 on both, or allocated when not fixed. */
    static Workload nf(String nf, int i, int replicas, boolean fixed) {
        String host = String.valueOf(10 * (i + 2));
        List<Workload.Attachment> attachments = List.of(
                new Workload.Attachment(
                        nf + "-in", LINKS.get(i), "eth1", fixed ? List.of("10.60." + (i + 1) + "." + host) : List.of()),
                new Workload.Attachment(
                        nf + "-out",
                        LINKS.get(i + 1),
                        "eth2",
                        fixed ? List.of("10.60." + (i + 2) + "." + host) : List.of()));
        Workload.Port http = new Workload.Port("http", 8080, "TCP");
        return new Workload(
                nf,
                "main",
                false,
                replicas,
                List.of(new Workload.ContainerSpec(
                        "nf",
                        "registry.example.net/nfv/chain-nf" + SampleUnits.DIGEST,
                        100,
                        200,
                        64L << 20,
                        128L << 20,
                        Map.of(),
                        List.of(http),
                        Optional.empty(),
                        Optional.empty())),
                Optional.empty(),
                Workload.Isolation.SHARED_KERNEL,
                Optional.empty(),
                Set.of(),
                false,
                List.of(),
                Map.of(Workload.CHAIN_CONTEXT, "{\"version\":1,\"deployment\":\"vcpe\",\"nf\":\"" + nf + "\"}\n"),
                new Workload.DataPlane(attachments, true, Set.of("NET_ADMIN")));
    }
}
