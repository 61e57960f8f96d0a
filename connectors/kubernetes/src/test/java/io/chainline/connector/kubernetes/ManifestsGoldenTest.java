package io.chainline.connector.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.testkit.SampleUnits;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The manifests of the sample vCPE, pinned in src/test/resources/golden. A change to what Chainline sends to clusters
 * shows up as a reviewable diff of that file; regenerate it with {@code -Dgolden.update=true} when the change is meant.
 */
class ManifestsGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    private static String yaml(List<HasMetadata> objects) {
        return objects.stream().map(Serialization::asYaml).collect(Collectors.joining());
    }

    private static void matchesGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(file));
    }

    @Test
    void theVcpeInItsOwnNamespaceMatchesTheGoldenFile() throws IOException {
        matchesGolden("vcpe-own-namespace.yaml", yaml(Manifests.of(SampleUnits.vcpe(DeploymentRef.of("d-42")))));
    }

    @Test
    void theVcpeInAChosenNamespaceMatchesTheGoldenFile() throws IOException {
        matchesGolden(
                "vcpe-chosen-namespace.yaml",
                yaml(Manifests.of(SampleUnits.vcpe(new DeploymentRef("d-43", Optional.of("nfv-edge"))))));
    }

    @Test
    void theChainOnItsLinksMatchesTheGoldenFile() throws IOException {
        matchesGolden("vcpe-chain.yaml", yaml(Manifests.of(ChainUnits.vcpe(DeploymentRef.of("d-45")))));
    }

    @Test
    void placementIsolationAndTrafficFollowTheDescriptor() {
        List<HasMetadata> objects = Manifests.of(SampleUnits.vcpe(DeploymentRef.of("d-42")));

        Deployment firewall = deployment(objects, "firewall-fw");
        var pod = firewall.getSpec().getTemplate().getSpec();
        assertThat(pod.getRuntimeClassName()).isEqualTo("kata-qemu");
        assertThat(pod.getNodeSelector()).containsEntry("kubernetes.io/arch", "arm64");
        assertThat(pod.getAffinity().getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution())
                .singleElement()
                .satisfies(t -> assertThat(t.getTopologyKey()).isEqualTo("kubernetes.io/hostname"));
        Deployment classifier = deployment(objects, "classifier-cls");
        var classifierPod = classifier.getSpec().getTemplate().getSpec();
        assertThat(classifierPod.getRuntimeClassName()).isNull();
        assertThat(classifierPod
                        .getAffinity()
                        .getNodeAffinity()
                        .getRequiredDuringSchedulingIgnoredDuringExecution()
                        .getNodeSelectorTerms()
                        .getFirst()
                        .getMatchExpressions()
                        .getFirst()
                        .getValues())
                .containsExactly("amd64", "arm64");
        assertThat(objects)
                .filteredOn(o -> o.getKind().equals("StatefulSet"))
                .singleElement()
                .satisfies(s -> assertThat(s.getMetadata().getName()).isEqualTo("router-rt"));
        assertThat(objects.getFirst().getKind()).isEqualTo("Namespace");
        assertThat(objects.getLast().getKind()).isIn("Deployment", "StatefulSet");
        assertThat(firewall.getMetadata().getLabels())
                .containsEntry("app.kubernetes.io/managed-by", "chainline")
                .containsEntry("app.kubernetes.io/name", "firewall")
                .containsEntry("chainline.io/deployment", "d-42");
    }

    @Test
    void trafficFlowsOnlyAlongTheChain() {
        List<HasMetadata> objects = Manifests.of(SampleUnits.vcpe(DeploymentRef.of("d-42")));
        List<NetworkPolicy> policies = objects.stream()
                .filter(NetworkPolicy.class::isInstance)
                .map(NetworkPolicy.class::cast)
                .toList();

        assertThat(policies)
                .extracting(p -> p.getMetadata().getName())
                .containsExactly(
                        "chainline-default-deny",
                        "chainline-allow-classifier",
                        "chainline-allow-firewall",
                        "chainline-allow-router");
        assertThat(policies.getFirst().getSpec().getIngress()).isEmpty();
        NetworkPolicy router = policies.get(3);
        assertThat(router.getSpec().getIngress())
                .flatExtracting(r -> r.getFrom())
                .extracting(p -> p.getPodSelector().getMatchLabels().get("chainline.io/nf"))
                .containsExactly("router", "firewall");
        NetworkPolicy classifier = policies.get(1);
        assertThat(classifier.getSpec().getIngress())
                .flatExtracting(r -> r.getFrom())
                .filteredOn(p -> p.getIpBlock() != null)
                .singleElement()
                .satisfies(p -> assertThat(p.getIpBlock().getCidr()).isEqualTo("10.0.0.0/8"));
    }

    @Test
    void aVmVduIsRefusedWithWhereToSendIt() {
        DeploymentUnit unit = SampleUnits.vcpe(DeploymentRef.of("d-44"));
        var cls = unit.workloads().getFirst();
        var vm = new io.chainline.connector.api.Workload(
                "vrouter",
                "vm",
                false,
                1,
                List.of(),
                Optional.of(new io.chainline.connector.api.Workload.VmSpec(
                        "vrouter-17.3", 4, 8L << 30, 8L << 30, Optional.empty())),
                cls.isolation(),
                cls.runtimeClass(),
                cls.architectures(),
                false,
                List.of(),
                java.util.Map.of());

        assertThatThrownBy(() -> Manifests.of(new DeploymentUnit(unit.ref(), List.of(vm), List.of(), List.of())))
                .hasMessageContaining("is a VM")
                .hasMessageContaining("OpenStack");
    }

    @Test
    void longNamesAreShortenedStablyToDnsLabels() {
        String name = "a".repeat(40) + "-" + "b".repeat(40);

        assertThat(Names.fit(name))
                .hasSizeLessThanOrEqualTo(63)
                .isEqualTo(Names.fit(name))
                .matches("[a-z0-9-]+");
        assertThat(Names.fit("short")).isEqualTo("short");
    }

    private static Deployment deployment(List<HasMetadata> objects, String name) {
        return objects.stream()
                .filter(Deployment.class::isInstance)
                .map(Deployment.class::cast)
                .filter(d -> d.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
