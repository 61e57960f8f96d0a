package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.chainline.connector.api.ResourceRef;
import io.chainline.connector.api.WorkloadSample;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Per-instance samples become per-NF sums and rates; what a platform cannot say stays unknown, never zero. */
class KpiAggregationTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = T0.plusSeconds(30);
    private static final Map<String, String> NFS =
            Map.of("firewall-fw", "firewall", "firewall-log", "firewall", "classifier-cls", "classifier");

    private static WorkloadSample sample(String workload, double cpu, long memory, long restarts, Long rx, Long tx) {
        return new WorkloadSample(
                workload,
                new ResourceRef("container", "", workload),
                T1,
                cpu,
                memory,
                restarts,
                rx == null ? OptionalLong.empty() : OptionalLong.of(rx),
                tx == null ? OptionalLong.empty() : OptionalLong.of(tx));
    }

    private static NfKpi byNf(List<NfKpi> figures, String nf) {
        return figures.stream().filter(k -> k.nf().equals(nf)).findFirst().orElseThrow();
    }

    @Test
    void anNfsWorkloadsAndInstancesAddUpAndTrafficBecomesARate() {
        NfKpi before = new NfKpi("firewall", T0, true, 3, 0.1, 10L, 1L, 1000L, 500L, null, null);
        List<WorkloadSample> samples = List.of(
                sample("firewall-fw", 0.25, 100, 1, 2000L, 800L),
                sample("firewall-fw", 0.25, 100, 0, 1000L, 200L),
                sample("firewall-log", 0.5, 50, 2, 1000L, 400L),
                sample("classifier-cls", 1.0, 7, 0, 10L, 10L));

        List<NfKpi> figures = KpiAggregation.aggregate(
                List.of(new KpiAggregation.UnitSamples(NFS, Optional.of(samples))), Map.of("firewall", before), T1);

        NfKpi firewall = byNf(figures, "firewall");
        assertThat(firewall.available()).isTrue();
        assertThat(firewall.instances()).isEqualTo(3);
        assertThat(firewall.cpuCores()).isCloseTo(1.0, within(1e-9));
        assertThat(firewall.memoryBytes()).isEqualTo(250);
        assertThat(firewall.restarts()).isEqualTo(3);
        assertThat(firewall.rxBytes()).isEqualTo(4000);
        assertThat(firewall.rxRate()).isCloseTo(100.0, within(1e-9)); // (4000 - 1000) / 30 s
        assertThat(firewall.txRate()).isCloseTo(30.0, within(1e-9)); // (1400 - 500) / 30 s
        NfKpi classifier = byNf(figures, "classifier");
        assertThat(classifier.rxRate()).as("no earlier counter").isNull();
        assertThat(classifier.at()).isEqualTo(T1);
    }

    @Test
    void aCounterThatWentBackOrAnInstanceWithoutCountersGivesNoRate() {
        NfKpi before = new NfKpi("firewall", T0, true, 1, 0.1, 10L, 0L, 9000L, 500L, null, null);
        List<WorkloadSample> samples =
                List.of(sample("firewall-fw", 0.1, 1, 0, 100L, 600L), sample("firewall-log", 0.1, 1, 0, 100L, null));

        NfKpi firewall = byNf(
                KpiAggregation.aggregate(
                        List.of(new KpiAggregation.UnitSamples(NFS, Optional.of(samples))),
                        Map.of("firewall", before),
                        T1),
                "firewall");

        assertThat(firewall.rxBytes()).isEqualTo(200);
        assertThat(firewall.rxRate())
                .as("replaced instance: its counter started again")
                .isNull();
        assertThat(firewall.txBytes()).as("one instance does not count").isNull();
        assertThat(firewall.txRate()).isNull();
    }

    @Test
    void aPlatformThatCannotSayMakesItsNfsUnavailableAndAnNfWithNothingRunningShowsZeros() {
        Map<String, String> elsewhere = Map.of("router-rt", "router");

        List<NfKpi> figures = KpiAggregation.aggregate(
                List.of(
                        new KpiAggregation.UnitSamples(NFS, Optional.of(List.of())),
                        new KpiAggregation.UnitSamples(elsewhere, Optional.empty())),
                Map.of(),
                T1);

        assertThat(figures).extracting(NfKpi::nf).containsExactly("classifier", "firewall", "router");
        assertThat(byNf(figures, "router")).isEqualTo(NfKpi.unavailable("router", T1));
        NfKpi idle = byNf(figures, "firewall");
        assertThat(idle.available()).isTrue();
        assertThat(idle.instances()).isZero();
        assertThat(idle.cpuCores()).isZero();
        assertThat(idle.restarts()).isZero();
        assertThat(idle.rxBytes()).isNull();
    }

    @Test
    void aRateNeedsTimeToHavePassed() {
        NfKpi before = new NfKpi("firewall", T1, true, 1, 0.1, 10L, 0L, 100L, 100L, null, null);

        assertThat(KpiAggregation.rate(200L, 100L, before, T1)).isNull();
        assertThat(KpiAggregation.rate(200L, 100L, before, T1.plusSeconds(10))).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void forwardedPacketsAreWhatLeftTheDataInterfacesNotTheManagementOne() {
        WorkloadSample one = withInterfaces(Map.of(
                "eth0", new WorkloadSample.InterfaceCounters(500, 400, 0, 0),
                "eth1", new WorkloadSample.InterfaceCounters(10, 3, 0, 0),
                "eth2", new WorkloadSample.InterfaceCounters(3, 10, 0, 0)));
        WorkloadSample other = withInterfaces(Map.of("eth1", new WorkloadSample.InterfaceCounters(0, 5, 0, 0)));

        assertThat(KpiAggregation.forwarded(List.of(one, other))).isEqualTo(18L);
        assertThat(KpiAggregation.forwarded(
                        List.of(withInterfaces(Map.of("eth0", new WorkloadSample.InterfaceCounters(1, 1, 0, 0))))))
                .as("an NF on the management network only forwards nothing measurable")
                .isNull();
        assertThat(KpiAggregation.sum("firewall", List.of(one), null, T1).forwardedPackets())
                .isEqualTo(13L);
    }

    private static WorkloadSample withInterfaces(Map<String, WorkloadSample.InterfaceCounters> interfaces) {
        return new WorkloadSample(
                "firewall-fw",
                new ResourceRef("container", "", "fw"),
                T1,
                0,
                0,
                0,
                OptionalLong.empty(),
                OptionalLong.empty(),
                interfaces);
    }
}
