package io.chainline.console.nfvo.service;

import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.alarm.service.AlarmChanged;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.nfvo.domain.AlarmNotified;
import io.chainline.console.nfvo.domain.AlarmNotifiedRepository;
import io.chainline.console.nfvo.domain.SubscriptionRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns committed alarm changes into SOL005 nsfm notifications through the outbox: raised, changed, acknowledged and
 * unacknowledged alarms as an AlarmNotification carrying the whole alarm, cleared ones as an AlarmClearedNotification.
 */
@Component
class NsfmNotifier {

    /** The listener's id in the event publication registry: stable, so renaming the method strands no publication. */
    static final String LISTENER_ID = "nfvo.nsfm-alarm-notification";

    /** How long a notified event is remembered: far longer than any resubmission of it can be late. */
    private static final Duration REMEMBER = Duration.ofDays(7);

    private final AlarmQueries queries;
    private final NsfmAlarms alarms;
    private final Notifications notifications;
    private final AlarmNotifiedRepository notified;
    private final SubscriptionRepository subscriptions;
    private final Clock clock;

    NsfmNotifier(
            AlarmQueries queries,
            NsfmAlarms alarms,
            Notifications notifications,
            AlarmNotifiedRepository notified,
            SubscriptionRepository subscriptions,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.queries = queries;
        this.alarms = alarms;
        this.notifications = notifications;
        this.notified = notified;
        this.clock = clock;
    }

    /**
     * After the change commits, in a transaction of its own (ADR 24). Idempotent: the event's id is recorded with the
     * notifications it wrote, so a resubmitted (or twice delivered) event writes none. The alarm is read as it is now:
     * a notification late by a moment shows its latest state, and one already gone (pruned) is not notified. Without
     * nsfm subscribers there is nothing to write (an alarm storm then costs one query per change).
     */
    @ApplicationModuleListener(id = LISTENER_ID)
    void alarmChanged(AlarmChanged changed) {
        if (subscriptions.findByApiOrderByCreatedAtAsc(NsfmAlarms.API).isEmpty()
                || changed.eventId() != null && notified.existsById(changed.eventId())) {
            return;
        }
        Instant now = clock.instant();
        queries.find(changed.alarmId()).ifPresent(alarm -> publish(changed, alarm));
        if (changed.eventId() != null) {
            notified.save(new AlarmNotified(changed.eventId(), changed.alarmId(), now));
        }
        notified.prune(now.minus(REMEMBER));
    }

    private void publish(AlarmChanged changed, Alarm stored) {
        NsfmViews.AlarmView alarm = alarms.view(stored);
        Map<String, String> subject = new LinkedHashMap<>();
        subject.put("nsInstanceId", alarm.managedObjectId().toString());
        // the severity it had, also once cleared: its clearing reaches whoever was told of it
        subject.put("perceivedSeverities", stored.getSeverity().name());
        subject.put("eventTypes", alarm.eventType());
        subject.put("probableCauses", alarm.probableCause());
        subject.put("faultyResourceTypes", alarm.rootCauseFaultyResource().faultyResourceType());
        if (changed.change() == AlarmChanged.Change.CLEARED) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("alarmId", alarm.id());
            body.put("alarmClearedTime", String.valueOf(alarm.alarmClearedTime()));
            body.put("_links", Map.of("alarm", Map.of("href", NsfmAlarms.COLLECTION + "/" + alarm.id())));
            notifications.publish(NsfmAlarms.API, "AlarmClearedNotification", body, subject);
        } else {
            notifications.publish(NsfmAlarms.API, "AlarmNotification", Map.of("alarm", alarm), subject);
        }
    }
}
