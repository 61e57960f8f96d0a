package io.chainline.connector.testkit;

import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.Workload;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A vCPE as a deployment unit, shared by the connectors' tests so they deploy the same thing: classifier → firewall
 * (Kata, arm64, spread) → router (stateful).
 */
public final class SampleUnits {

    public static final String DIGEST = "@sha256:" + "ab".repeat(32);

    private SampleUnits() {}

    public static DeploymentUnit vcpe(DeploymentRef ref) {
        Workload.Port http = new Workload.Port("http", 8080, "TCP");
        Workload classifier = new Workload(
                "classifier",
                "cls",
                false,
                1,
                List.of(container("classifier", "registry.example.net/nfv/classifier" + DIGEST, http)),
                Optional.empty(),
                Workload.Isolation.SHARED_KERNEL,
                Optional.empty(),
                Set.of(Architecture.AMD64, Architecture.ARM64),
                false,
                List.of(new Workload.ConnectionPoint("in", List.of(http))),
                Map.of());
        Workload firewall = new Workload(
                "firewall",
                "fw",
                false,
                2,
                List.of(container("engine", "registry.example.net/nfv/vfirewall" + DIGEST, http)),
                Optional.empty(),
                Workload.Isolation.SANDBOXED,
                Optional.of("kata-qemu"),
                Set.of(Architecture.ARM64),
                true,
                List.of(new Workload.ConnectionPoint("inside", List.of())),
                Map.of("rules.conf", "allow tcp 80\ndeny all\n"));
        Workload router = new Workload(
                "router",
                "rt",
                true,
                1,
                List.of(container("bird", "registry.example.net/nfv/router" + DIGEST, http)),
                Optional.empty(),
                Workload.Isolation.SHARED_KERNEL,
                Optional.empty(),
                Set.of(),
                false,
                List.of(),
                Map.of());
        return new DeploymentUnit(
                ref,
                List.of(classifier, firewall, router),
                List.of(
                        new DeploymentUnit.Flow("classifier", "firewall", List.of(http)),
                        new DeploymentUnit.Flow("firewall", "router", List.of())),
                List.of(new DeploymentUnit.ExternalAccess("classifier", List.of("10.0.0.0/8"), List.of(http))));
    }

    /** The vCPE with its links as networks: the fixed-address chain platforms' golden tests plan ({@link #linked}). */
    public static DeploymentUnit vcpeLinked(DeploymentRef ref) {
        return linked(vcpe(ref), 60, true);
    }

    /** The SAP link's name in {@link #linked} units: external, traffic enters the chain here. */
    public static final String SAP = "sap-in";

    /** The data link between the first two NFs in {@link #linked} units: not external. */
    public static final String DATA = "cl-data";

    /**
     * The unit with a chain's data plane: the first NF on link {@link #SAP} ({@code 10.<block>.1.0/24}, external) as
     * eth1 and on link {@link #DATA} ({@code 10.<block>.2.0/24}) as eth2, forwarding between them with
     * {@code NET_ADMIN}; the second NF on {@link #DATA} as eth1. Instance n of the first NF is {@code .1n} on both
     * links, of the second {@code .2n}; with {@code fixedAddresses} false the platform allocates them.
     */
    public static DeploymentUnit linked(DeploymentUnit unit, int block, boolean fixedAddresses) {
        String prefix = "10." + block + ".";
        LinkNetwork sap = LinkNetwork.bridge(SAP, prefix + "1.0/24", true);
        LinkNetwork data = LinkNetwork.bridge(DATA, prefix + "2.0/24", false);
        List<Workload> workloads = new java.util.ArrayList<>(unit.workloads());
        Workload first = workloads.getFirst();
        workloads.set(
                0,
                withDataPlane(
                        first,
                        new Workload.DataPlane(
                                List.of(
                                        new Workload.Attachment(
                                                "in", SAP, "eth1", addresses(prefix + "1.", 10, first, fixedAddresses)),
                                        new Workload.Attachment(
                                                "out",
                                                DATA,
                                                "eth2",
                                                addresses(prefix + "2.", 10, first, fixedAddresses))),
                                true,
                                Set.of("NET_ADMIN"))));
        Workload second = workloads.get(1);
        workloads.set(
                1,
                withDataPlane(
                        second,
                        new Workload.DataPlane(
                                List.of(new Workload.Attachment(
                                        "in", DATA, "eth1", addresses(prefix + "2.", 20, second, fixedAddresses))),
                                false,
                                Set.of())));
        return new DeploymentUnit(unit.ref(), workloads, unit.flows(), unit.externalAccess(), List.of(sap, data));
    }

    private static List<String> addresses(String prefix, int base, Workload workload, boolean fixed) {
        return fixed
                ? java.util.stream.IntStream.rangeClosed(1, workload.replicas())
                        .mapToObj(i -> prefix + (base + i))
                        .toList()
                : List.of();
    }

    /** The same workload on another data plane. */
    public static Workload withDataPlane(Workload w, Workload.DataPlane dataPlane) {
        return new Workload(
                w.nf(),
                w.vdu(),
                w.stateful(),
                w.replicas(),
                w.containers(),
                w.vm(),
                w.isolation(),
                w.runtimeClass(),
                w.architectures(),
                w.spreadAcrossNodes(),
                w.connectionPoints(),
                w.configuration(),
                dataPlane);
    }

    private static Workload.ContainerSpec container(String name, String image, Workload.Port port) {
        return new Workload.ContainerSpec(
                name,
                image,
                250,
                500,
                128L << 20,
                256L << 20,
                Map.of("MODE", "chain"),
                List.of(port),
                Optional.of(new Workload.Probe("http", "/healthz", port.port(), 10)),
                Optional.of(new Workload.Probe("tcp", "", port.port(), 5)));
    }
}
