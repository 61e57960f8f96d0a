package io.chainline.connector.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Statistics;
import io.chainline.connector.api.ResourceRef;
import io.chainline.connector.api.WorkloadSample;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Engine statistics as samples: CPU from two readings, memory without cache, traffic summed over interfaces. */
class ContainerStatsTest {

    private static final ContainerStats.Owned FW =
            new ContainerStats.Owned("abc", "firewall-fw", new ResourceRef("container", "", "fw-0"), 2);

    private static Statistics stats(String json) throws Exception {
        return new ObjectMapper().readValue(json.replace('\'', '"'), Statistics.class);
    }

    @Test
    void dockersOneShotAnswerCarriesItsPreviousReading() throws Exception {
        Statistics docker = stats("{'read':'2026-01-01T00:00:01Z','preread':'2026-01-01T00:00:00Z',"
                + "'cpu_stats':{'cpu_usage':{'total_usage':1500000000}},"
                + "'precpu_stats':{'cpu_usage':{'total_usage':1000000000}},"
                + "'memory_stats':{'usage':100000,'stats':{'inactive_file':30000}},"
                + "'networks':{'eth0':{'rx_bytes':100,'tx_bytes':10},'eth1':{'rx_bytes':50,'tx_bytes':5,"
                + "'rx_packets':7,'tx_packets':6}}}");

        WorkloadSample sample = ContainerStats.sample(FW, docker, Optional.empty());

        assertThat(sample.cpuCores()).isCloseTo(0.5, within(1e-9));
        assertThat(sample.memoryBytes()).isEqualTo(70000);
        assertThat(sample.restarts()).isEqualTo(2);
        assertThat(sample.rxBytes()).isEqualTo(OptionalLong.of(150));
        assertThat(sample.txBytes()).isEqualTo(OptionalLong.of(15));
        assertThat(sample.workload()).isEqualTo("firewall-fw");
        assertThat(sample.interfaces())
                .containsEntry("eth1", new WorkloadSample.InterfaceCounters(7, 6, 50, 5))
                .containsEntry("eth0", new WorkloadSample.InterfaceCounters(0, 0, 100, 10));
    }

    @Test
    void podmansAnswerIsComparedWithAnEarlierReadingOfOurs() throws Exception {
        Statistics first = stats("{'read':'2026-01-01T00:00:00Z','preread':'0001-01-01T00:00:00Z',"
                + "'cpu_stats':{'cpu_usage':{'total_usage':1000000000}},'precpu_stats':{'cpu_usage':{'total_usage':0}},"
                + "'memory_stats':{'usage':491520}}");
        Statistics second = stats("{'read':'2026-01-01T00:00:00.800Z','preread':'0001-01-01T00:00:00Z',"
                + "'cpu_stats':{'cpu_usage':{'total_usage':1400000000}},'precpu_stats':{'cpu_usage':{'total_usage':0}},"
                + "'memory_stats':{'usage':491520}}");

        WorkloadSample sample = ContainerStats.sample(FW, second, Optional.of(first));

        assertThat(sample.cpuCores()).isCloseTo(0.5, within(1e-9));
        assertThat(sample.memoryBytes()).isEqualTo(491520);
        assertThat(sample.rxBytes()).isEmpty();
    }

    @Test
    void withoutAnyPreviousReadingCpuIsZeroNotInvented() throws Exception {
        Statistics alone = stats("{'read':'2026-01-01T00:00:00Z','preread':'0001-01-01T00:00:00Z',"
                + "'cpu_stats':{'cpu_usage':{'total_usage':1000000000}}}");

        assertThat(ContainerStats.cpuCores(alone, Optional.empty())).isZero();
        assertThat(ContainerStats.memory(null)).isZero();
    }
}
