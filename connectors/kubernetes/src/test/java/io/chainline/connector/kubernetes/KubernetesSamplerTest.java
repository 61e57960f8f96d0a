package io.chainline.connector.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.Ownership;
import io.chainline.connector.api.WorkloadSample;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetrics;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetricsBuilder;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pod metrics and restarts as samples; a cluster without the metrics API says nothing rather than failing. */
class KubernetesSamplerTest {

    @Test
    void aPodsContainersAddUpAndItsRestartsComeFromTheContainerStatuses() {
        Pod pod = new PodBuilder()
                .withNewMetadata()
                .withName("fw-abc")
                .withNamespace("chainline-d1")
                .withLabels(Map.of(Ownership.NF, "firewall", Ownership.VDU, "fw"))
                .endMetadata()
                .withNewStatus()
                .addNewContainerStatus()
                .withName("main")
                .withRestartCount(2)
                .endContainerStatus()
                .addNewContainerStatus()
                .withName("sidecar")
                .withRestartCount(1)
                .endContainerStatus()
                .endStatus()
                .build();
        PodMetrics metrics = new PodMetricsBuilder()
                .withNewMetadata()
                .withName("fw-abc")
                .endMetadata()
                .withTimestamp("2026-01-01T00:00:00Z")
                .addNewContainer()
                .withName("main")
                .withUsage(Map.of("cpu", new Quantity("250m"), "memory", new Quantity("64Mi")))
                .endContainer()
                .addNewContainer()
                .withName("sidecar")
                .withUsage(Map.of("cpu", new Quantity("50000000n"), "memory", new Quantity("1Mi")))
                .endContainer()
                .build();

        WorkloadSample sample = KubernetesSampler.sample(pod, metrics);

        assertThat(sample.workload()).isEqualTo("firewall-fw");
        assertThat(sample.resource().name()).isEqualTo("fw-abc");
        assertThat(sample.cpuCores()).isCloseTo(0.3, within(1e-9));
        assertThat(sample.memoryBytes()).isEqualTo(65L << 20);
        assertThat(sample.restarts()).isEqualTo(3);
        assertThat(sample.at()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(sample.rxBytes()).isEmpty();
    }

    @Test
    void aClusterWithoutTheMetricsApiCannotSay() {
        try (MockCluster cluster = new MockCluster()) {
            assertThat(new KubernetesConnector(cluster.client, java.time.Clock.systemUTC())
                            .sample(DeploymentRef.of("d1")))
                    .isEmpty();
        }
    }
}
