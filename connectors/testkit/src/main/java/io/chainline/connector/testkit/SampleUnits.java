package io.chainline.connector.testkit;

import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
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
