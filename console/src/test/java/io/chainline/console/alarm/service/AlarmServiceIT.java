package io.chainline.console.alarm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.alarm.domain.AckState;
import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.FaultReports;
import io.chainline.console.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AlarmServiceIT {

    @Autowired
    FaultReports reports;

    @Autowired
    AlarmQueries queries;

    @Autowired
    AlarmActions actions;

    @Autowired
    AlarmRetention retention;

    @Autowired
    io.chainline.console.support.TestClock clock;

    private static Fault missing(UUID deployment, String workload, Severity severity, String details) {
        return new Fault(
                "workload-missing:" + workload,
                Fault.ManagedObject.deployment(deployment, "paris-vcpe"),
                Fault.Resource.workload(workload, "firewall", UUID.randomUUID()),
                severity,
                Fault.EventType.PROCESSING_ERROR_ALARM,
                "Workload missing",
                details);
    }

    @Test
    void aRepeatedFaultUpdatesItsOneAlarmAndAFaultNoLongerReportedClearsIt() {
        UUID deployment = UUID.randomUUID();
        FaultScope scope = FaultScope.of("live", deployment);
        reports.report(scope, List.of(missing(deployment, "firewall-fw", Severity.MAJOR, "deleted")));
        reports.report(scope, List.of(missing(deployment, "firewall-fw", Severity.MAJOR, "deleted")));
        List<Alarm> active = queries.activeOn(deployment);
        assertThat(active).singleElement().satisfies(a -> {
            assertThat(a.getSeenCount()).isEqualTo(2);
            assertThat(a.getPerceivedSeverity()).isEqualTo(Severity.MAJOR);
            assertThat(a.getChangedAt()).isEqualTo(a.getRaisedAt());
        });

        reports.report(scope, List.of(missing(deployment, "firewall-fw", Severity.CRITICAL, "deleted twice")));
        assertThat(queries.activeOn(deployment))
                .singleElement()
                .extracting(Alarm::getSeverity, Alarm::getFaultDetails)
                .containsExactly(Severity.CRITICAL, "deleted twice");

        reports.report(scope, List.of());
        assertThat(queries.activeOn(deployment)).isEmpty();
        Alarm cleared = queries.find(active.getFirst().getId()).orElseThrow();
        assertThat(cleared.getPerceivedSeverity()).isEqualTo(Severity.CLEARED);
        assertThat(cleared.getClearedAt()).isPresent();
    }

    @Test
    void oneScopeNeverClearsAnothersAlarms() {
        UUID deployment = UUID.randomUUID();
        reports.report(FaultScope.of("live", deployment), List.of(missing(deployment, "a", Severity.MAJOR, "")));
        reports.report(FaultScope.of("drift", deployment), List.of(missing(deployment, "a", Severity.MINOR, "")));
        reports.report(FaultScope.of("drift", deployment), List.of());
        assertThat(queries.activeOn(deployment))
                .singleElement()
                .extracting(Alarm::getSeverity)
                .isEqualTo(Severity.MAJOR);
    }

    @Test
    void reportsRacingOnOneScopeRaiseOneAlarm() throws Exception {
        UUID deployment = UUID.randomUUID();
        FaultScope scope = FaultScope.of("live", deployment);
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                all.add(pool.submit(
                        () -> reports.report(scope, List.of(missing(deployment, "fw", Severity.MAJOR, "gone")))));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(queries.activeOn(deployment)).hasSize(1);
    }

    @Test
    void acknowledgingChecksTheVersionAndOnlyExternalAlarmsClearByHand() {
        UUID deployment = UUID.randomUUID();
        reports.report(FaultScope.of("live", deployment), List.of(missing(deployment, "fw", Severity.MAJOR, "")));
        Alarm alarm = queries.activeOn(deployment).getFirst();

        assertThatThrownBy(() -> actions.acknowledge(alarm.getId(), "", OptionalLong.of(alarm.getVersion() + 1), "op"))
                .isInstanceOf(ChainlineException.class)
                .extracting(e -> ((ChainlineException) e).code())
                .isEqualTo("ALARM-CHANGED");
        Alarm acked = actions.acknowledge(alarm.getId(), "on it", OptionalLong.of(alarm.getVersion()), "op");
        assertThat(acked.getAckState()).isEqualTo(AckState.ACKNOWLEDGED);
        assertThat(acked.getAckComment()).contains("on it");

        assertThatThrownBy(() -> actions.clear(alarm.getId(), "op"))
                .extracting(e -> ((ChainlineException) e).code())
                .isEqualTo("ALARM-NOT-EXTERNAL");

        reports.report(FaultScope.of("alertmanager", "fp1"), List.of(missing(deployment, "x", Severity.WARNING, "")));
        Alarm external = queries.activeOn(deployment).stream()
                .filter(Alarm::isExternal)
                .findFirst()
                .orElseThrow();
        assertThat(actions.clear(external.getId(), "op").isActive()).isFalse();
    }

    @Test
    void clearedAlarmsOlderThanTheRetentionGoActiveOnesStay() {
        UUID deployment = UUID.randomUUID();
        FaultScope gone = FaultScope.of("live", deployment);
        FaultScope stays = FaultScope.of("drift", deployment);
        reports.report(gone, List.of(missing(deployment, "a", Severity.MAJOR, "")));
        reports.report(stays, List.of(missing(deployment, "b", Severity.MINOR, "")));
        UUID cleared = queries.activeOn(deployment).stream()
                .filter(a -> a.getScope().equals(gone))
                .findFirst()
                .orElseThrow()
                .getId();
        actions.note(cleared, "ticket 42", "op");
        reports.report(gone, List.of());
        try {
            clock.setNow(java.time.Instant.now().plus(java.time.Duration.ofDays(91)));
            retention.prune();
        } finally {
            clock.reset();
        }
        assertThat(queries.find(cleared)).isEmpty();
        assertThat(queries.activeOn(deployment)).hasSize(1);
    }
}
