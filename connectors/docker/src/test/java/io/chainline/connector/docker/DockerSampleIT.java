package io.chainline.connector.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.WorkloadSample;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Against podman: each running owned container gives a sample. Podman's one-shot statistics carry no previous CPU
 * reading (the connector reads twice), a memory usage without cache figures, and per-network counters.
 */
class DockerSampleIT {

    @Test
    void aRunningOwnedContainerGivesCpuMemoryRestartsAndTraffic() {
        DeploymentRef ref =
                DeploymentRef.of("ks-" + UUID.randomUUID().toString().substring(0, 8));
        try (DockerConnector podman = Engines.connect(Engines.podman())) {
            try {
                podman.apply(Engines.sample(ref, Engines.podmanImage(), false), Duration.ofSeconds(60));

                List<WorkloadSample> samples = podman.sample(ref).orElseThrow();

                assertThat(samples).hasSize(3); // classifier ×1, firewall ×2
                assertThat(samples).extracting(WorkloadSample::workload).containsOnly("classifier-cls", "firewall-fw");
                assertThat(samples).allSatisfy(s -> {
                    assertThat(s.resource().kind()).isEqualTo("container");
                    assertThat(s.cpuCores()).isBetween(0.0, 64.0);
                    assertThat(s.memoryBytes()).isPositive();
                    assertThat(s.restarts()).isZero();
                    assertThat(s.rxBytes()).isPresent();
                });
            } finally {
                podman.destroy(ref);
            }
            assertThat(podman.sample(ref)).contains(List.of());
        }
    }

    @Test
    void aSingleNodeSwarmsTasksAreSampledOnItsManager() {
        DeploymentRef ref =
                DeploymentRef.of("ks-" + UUID.randomUUID().toString().substring(0, 8));
        try (DockerConnector swarm = Engines.connect(Engines.swarm())) {
            try {
                swarm.apply(Engines.sample(ref, Engines.swarmImage(), false), Duration.ofSeconds(90));

                List<WorkloadSample> samples = swarm.sample(ref).orElseThrow();

                assertThat(samples).hasSize(3);
                assertThat(samples).allSatisfy(s -> {
                    assertThat(s.resource().kind()).isEqualTo("task");
                    assertThat(s.memoryBytes()).isPositive();
                    assertThat(s.cpuCores()).isBetween(0.0, 64.0);
                });
            } finally {
                swarm.destroy(ref);
            }
        }
    }
}
