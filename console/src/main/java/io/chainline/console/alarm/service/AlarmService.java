package io.chainline.console.alarm.service;

import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.alarm.domain.AlarmRepository;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.base.service.FaultReports;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps alarms in step with what the sources report (the {@link FaultReports} port): raises, updates and clears, one
 * active alarm per scope and cause. Two consoles reporting the same scope at once cannot both raise: the unique
 * active key refuses the second insert, and the report is retried against what the first one stored.
 */
@Service
public class AlarmService implements FaultReports {

    private static final Logger log = LoggerFactory.getLogger(AlarmService.class);

    /** The source whose faults are root causes of others: an unreachable target explains its workloads. */
    static final String ROOT_SOURCE = "target";

    /** Reports racing on one scope settle within a few rounds: each retry sees what the winner stored. */
    private static final int ATTEMPTS = 5;

    private final AlarmRepository alarms;
    private final ApplicationEventPublisher events;
    private final AlarmSignals signals;
    private final TransactionTemplate tx;
    private final Clock clock;

    AlarmService(
            AlarmRepository alarms,
            ApplicationEventPublisher events,
            AlarmSignals signals,
            TransactionTemplate tx,
            Clock clock) {
        this.alarms = alarms;
        this.events = events;
        this.signals = signals;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void report(FaultScope scope, List<Fault> current) {
        for (int attempt = 1; ; attempt++) {
            try {
                tx.executeWithoutResult(s -> reconcile(scope, current));
                return;
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException raced) {
                // another console (or thread) changed the same scope a moment ago: again, against what it stored
                if (attempt >= ATTEMPTS) {
                    throw raced;
                }
                log.debug("chainline.alarm.raced scope={} attempt={} error={}", scope, attempt, raced.toString());
            }
        }
    }

    private void reconcile(FaultScope scope, List<Fault> current) {
        Instant now = clock.instant();
        Map<String, Alarm> active = new LinkedHashMap<>();
        alarms.findByScopeSourceAndScopeIdAndClearedAtIsNull(scope.source(), scope.id())
                .forEach(a -> active.put(a.getCause(), a));
        Set<UUID> touched = new HashSet<>();
        Map<String, Fault> reported = new LinkedHashMap<>();
        current.forEach(f -> reported.putIfAbsent(Alarm.key(scope, f.cause()), f));
        for (Fault fault : reported.values()) {
            Alarm existing = active.remove(causeOf(scope, fault));
            if (existing == null) {
                Alarm raised = alarms.saveAndFlush(
                        new Alarm(UUID.randomUUID(), scope, fault, ROOT_SOURCE.equals(scope.source()), now));
                publish(raised, AlarmChanged.Change.RAISED, touched);
            } else if (existing.differsFrom(fault)) {
                existing.changed(fault, now);
                publish(existing, AlarmChanged.Change.CHANGED, touched);
            } else {
                alarms.seenAgain(existing.getId(), now);
            }
        }
        for (Alarm gone : active.values()) {
            gone.clear("", now);
            publish(gone, AlarmChanged.Change.CLEARED, touched);
        }
        signals.changed(touched);
    }

    /** The cause as stored (clipped like the entity clips it). */
    private static String causeOf(FaultScope scope, Fault fault) {
        String key = Alarm.key(scope, fault.cause());
        return key.substring(scope.source().length() + scope.id().length() + 2);
    }

    void signal(Set<UUID> touched) {
        signals.changed(touched);
    }

    void publish(Alarm alarm, AlarmChanged.Change change, Set<UUID> touched) {
        events.publishEvent(new AlarmChanged(alarm.getId(), change));
        touched.add(alarm.getManagedObject().id());
        if (alarm.getResource().targetId() != null) {
            touched.add(alarm.getResource().targetId());
        }
        log.info(
                "chainline.alarm.{} id={} source={} object={} cause={} severity={}",
                change.name().toLowerCase(java.util.Locale.ROOT),
                alarm.getId(),
                alarm.getScope().source(),
                alarm.getManagedObject().name(),
                alarm.getCause(),
                alarm.getSeverity());
    }
}
