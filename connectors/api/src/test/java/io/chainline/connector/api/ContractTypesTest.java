package io.chainline.connector.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractTypesTest {

    @Test
    void whereAnImageRunsIsItsPlatformsIntersectedWithWhatTheVduAllows() {
        Set<Architecture> both = Set.of(Architecture.AMD64, Architecture.ARM64);

        assertThat(Platforms.runnable(both, Set.of(Architecture.ARM64))).containsExactly(Architecture.ARM64);
        assertThat(Platforms.runnable(both, Set.of())).isEqualTo(both);
        assertThat(Platforms.runnable(Set.of(), Set.of(Architecture.AMD64))).containsExactly(Architecture.AMD64);
        assertThatThrownBy(() -> Platforms.runnable(Set.of(Architecture.AMD64), Set.of(Architecture.ARM64)))
                .hasMessageContaining("built for [amd64]")
                .hasMessageContaining("allows only [arm64]");
    }

    @Test
    void deploymentIdsAndNamespacesAreDnsLabels() {
        assertThat(DeploymentRef.of("vcpe-7").namespaceOrDefault()).isEqualTo("chainline-vcpe-7");
        assertThat(new DeploymentRef("vcpe-7", Optional.of("edge")).namespaceOrDefault())
                .isEqualTo("edge");
        assertThatThrownBy(() -> DeploymentRef.of("Bad_Id")).hasMessageContaining("not a DNS label");
        assertThatThrownBy(() -> DeploymentRef.of("x".repeat(41))).hasMessageContaining("at most 40");
    }

    @Test
    void inventoryCountsNodesPerNormalisedArchitecture() {
        Inventory inventory = new Inventory(
                "v1",
                List.of(node("a", "x86_64"), node("b", "amd64"), node("c", "aarch64"), node("d", "mips")),
                List.of());

        assertThat(inventory.nodesByArchitecture())
                .containsExactly(Map.entry("amd64", 2L), Map.entry("arm64", 1L), Map.entry("mips", 1L));
        assertThat(inventory.architectures()).containsExactlyInAnyOrder(Architecture.AMD64, Architecture.ARM64);
    }

    @Test
    void aSandboxedWorkloadMustNameItsRuntimeClass() {
        assertThatThrownBy(() -> new Workload(
                        "fw",
                        "fw",
                        false,
                        1,
                        List.of(),
                        Optional.of(new Workload.VmSpec("img", 1, 1, 1, Optional.empty())),
                        Workload.Isolation.SANDBOXED,
                        Optional.empty(),
                        Set.of(),
                        false,
                        List.of(),
                        Map.of()))
                .hasMessageContaining("names no runtime class");
    }

    @Test
    void onlyNonRetryableReasonsAreFinal() {
        assertThat(new ConnectorException(ConnectorException.Reason.TIMEOUT, "t").retryable())
                .isTrue();
        assertThat(new ConnectorException(ConnectorException.Reason.UNAUTHORIZED, "u").retryable())
                .isFalse();
        RuntimeException cause = new RuntimeException("root");
        assertThat(new ConnectorException(ConnectorException.Reason.FAILED, "f", cause).getCause())
                .isSameAs(cause);
    }

    private static Inventory.Node node(String name, String arch) {
        return new Inventory.Node(name, Architecture.parse(arch), arch, "linux", 1000, 1 << 30, Map.of(), true);
    }
}
