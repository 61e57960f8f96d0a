package io.chainline.console.alarm.service;

import io.chainline.console.alarm.domain.AckState;
import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.alarm.domain.AlarmNote;
import io.chainline.console.alarm.domain.AlarmNoteRepository;
import io.chainline.console.alarm.domain.AlarmRepository;
import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What operators do to alarms: acknowledge (with a comment), unacknowledge, add a note, and clear by hand the alarms
 * of external sources only (Chainline's own sources clear their alarms when the fault is gone; clearing those by hand
 * would hide a fault that is still there). Every change is audited in its transaction.
 */
@Service
public class AlarmActions {

    private final AlarmRepository alarms;
    private final AlarmNoteRepository notes;
    private final AlarmService service;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    AlarmActions(
            AlarmRepository alarms,
            AlarmNoteRepository notes,
            AlarmService service,
            AuditLog audit,
            TransactionTemplate tx,
            Clock clock) {
        this.alarms = alarms;
        this.notes = notes;
        this.service = service;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param expectedVersion the version the caller last saw (an API's If-Match), empty to skip the check
     */
    public Alarm acknowledge(UUID id, String comment, OptionalLong expectedVersion, String actor) {
        return tx.execute(s -> {
            Alarm alarm = load(id, expectedVersion);
            if (alarm.getAckState() == AckState.ACKNOWLEDGED) {
                throw new ChainlineException(
                        "ALARM-ALREADY-ACKNOWLEDGED",
                        Category.CONFLICT,
                        "The alarm is already acknowledged by "
                                + alarm.getAckBy().orElse("someone") + ".");
            }
            alarm.acknowledge(actor, comment, clock.instant());
            changed(alarm, AlarmChanged.Change.ACKNOWLEDGED);
            audit.record(actor, "alarm.acknowledge", "alarm", id.toString(), describe(alarm) + note(comment));
            return alarm;
        });
    }

    /** Acknowledges each of {@code ids} not yet acknowledged; returns how many it acknowledged. */
    public int acknowledgeAll(List<UUID> ids, String comment, String actor) {
        return tx.execute(s -> {
            int done = 0;
            for (UUID id : ids) {
                Alarm alarm = load(id, OptionalLong.empty());
                if (alarm.getAckState() == AckState.UNACKNOWLEDGED) {
                    alarm.acknowledge(actor, comment, clock.instant());
                    changed(alarm, AlarmChanged.Change.ACKNOWLEDGED);
                    audit.record(actor, "alarm.acknowledge", "alarm", id.toString(), describe(alarm) + note(comment));
                    done++;
                }
            }
            return done;
        });
    }

    public Alarm unacknowledge(UUID id, OptionalLong expectedVersion, String actor) {
        return tx.execute(s -> {
            Alarm alarm = load(id, expectedVersion);
            if (alarm.getAckState() == AckState.UNACKNOWLEDGED) {
                throw new ChainlineException(
                        "ALARM-NOT-ACKNOWLEDGED", Category.CONFLICT, "The alarm is not acknowledged.");
            }
            alarm.unacknowledge();
            changed(alarm, AlarmChanged.Change.UNACKNOWLEDGED);
            audit.record(actor, "alarm.unacknowledge", "alarm", id.toString(), describe(alarm));
            return alarm;
        });
    }

    public Alarm clear(UUID id, String actor) {
        return tx.execute(s -> {
            Alarm alarm = load(id, OptionalLong.empty());
            if (!alarm.isActive()) {
                throw new ChainlineException(
                        "ALARM-ALREADY-CLEARED", Category.CONFLICT, "The alarm is already cleared.");
            }
            if (!alarm.isExternal()) {
                throw new ChainlineException(
                        "ALARM-NOT-EXTERNAL",
                        Category.CONFLICT,
                        "Chainline clears this alarm itself once the fault is gone; fix the cause (heal, reconcile "
                                + "or repair the target) instead of clearing it by hand.");
            }
            alarm.clear(actor, clock.instant());
            changed(alarm, AlarmChanged.Change.CLEARED);
            audit.record(actor, "alarm.clear", "alarm", id.toString(), describe(alarm));
            return alarm;
        });
    }

    public AlarmNote note(UUID id, String text, String actor) {
        if (text == null || text.isBlank()) {
            throw new ChainlineException("ALARM-NOTE-EMPTY", Category.INVALID, "Write something in the note.");
        }
        if (text.length() > 2000) {
            throw new ChainlineException(
                    "ALARM-NOTE-TOO-LONG", Category.INVALID, "A note holds at most 2000 characters.");
        }
        return tx.execute(s -> {
            Alarm alarm = load(id, OptionalLong.empty());
            AlarmNote saved = notes.save(new AlarmNote(UUID.randomUUID(), id, actor, text.strip(), clock.instant()));
            audit.record(actor, "alarm.note", "alarm", id.toString(), describe(alarm) + note(text));
            return saved;
        });
    }

    public List<AlarmNote> notes(UUID id) {
        return tx.execute(s -> notes.findByAlarmIdOrderByWrittenAtAsc(id));
    }

    private Alarm load(UUID id, OptionalLong expectedVersion) {
        Alarm alarm = alarms.findById(id)
                .orElseThrow(() ->
                        new ChainlineException("ALARM-NOT-FOUND", Category.NOT_FOUND, "No alarm has id " + id + "."));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != alarm.getVersion()) {
            throw new ChainlineException(
                    "ALARM-CHANGED",
                    Category.CONFLICT,
                    "The alarm changed since you read it (precondition failed); read it again and retry.");
        }
        return alarm;
    }

    private void changed(Alarm alarm, AlarmChanged.Change change) {
        Set<UUID> touched = new HashSet<>();
        service.publish(alarm, change, touched);
        service.signal(touched);
    }

    private static String describe(Alarm alarm) {
        return alarm.getProbableCause() + " on " + alarm.getManagedObject().name() + " / "
                + alarm.getResource().name();
    }

    private static String note(String comment) {
        return comment == null || comment.isBlank() ? "" : ": " + comment.strip();
    }
}
