package io.chainline.connector.fake;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.connector.api.Connector;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.WorkloadSample;
import io.chainline.connector.testkit.SampleUnits;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The fake bench reports predictable figures per replica, so the console's KPI sums can be checked exactly. */
class FakeSampleTest {

    private final String bench = "kpi-" + UUID.randomUUID().toString().substring(0, 8);
    private final Connector connector =
            new FakeConnectorFactory().connect(new FakeAccess(URI.create("fake://" + bench), "token"));

    @Test
    void eachReplicaReportsItsFiguresAndTheCountersTheLabSet() {
        DeploymentRef ref = DeploymentRef.of("kpi-1");
        DeploymentUnit unit = SampleUnits.vcpe(ref);
        connector.apply(unit, Duration.ZERO);
        String workload = unit.workloads().getFirst().name();
        FakeLab.scale(bench, ref.id(), workload, 2);
        FakeLab.counters(bench, ref.id(), workload, new FakeLab.Counters(4000, 2000, 3));

        List<WorkloadSample> mine = connector.sample(ref).orElseThrow().stream()
                .filter(s -> s.workload().equals(workload))
                .toList();

        assertThat(mine).hasSize(2);
        assertThat(mine.stream().mapToDouble(WorkloadSample::cpuCores).sum()).isCloseTo(0.3, within());
        assertThat(mine.stream().mapToLong(WorkloadSample::memoryBytes).sum()).isEqualTo(192L << 20);
        assertThat(mine).allSatisfy(s -> {
            assertThat(s.restarts()).isEqualTo(3);
            assertThat(s.rxBytes()).isEqualTo(OptionalLong.of(4000));
            assertThat(s.txBytes()).isEqualTo(OptionalLong.of(2000));
        });
    }

    @Test
    void aFailedWorkloadAndAnUnknownDeploymentHaveNoSamples() {
        DeploymentRef ref = DeploymentRef.of("kpi-2");
        DeploymentUnit unit = SampleUnits.vcpe(ref);
        connector.apply(unit, Duration.ZERO);
        String workload = unit.workloads().getFirst().name();
        FakeLab.fail(bench, ref.id(), workload, "out of slots");

        assertThat(connector.sample(ref).orElseThrow())
                .noneMatch(s -> s.workload().equals(workload));
        assertThat(connector.sample(DeploymentRef.of("nothing-here"))).contains(List.of());
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
