package io.chainline.console.audit.service;

import io.chainline.console.audit.domain.AuditEvent;
import io.chainline.console.audit.domain.AuditEventRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who changed what and when. Joins the caller's transaction, so a change and its record commit or roll back
 * together: there is never a change without its record, nor a record of a change that did not happen.
 */
@Service
public class AuditLog {

    /** What was recorded, for views and tests. */
    public record Entry(java.time.Instant at, String actor, String action, String detail) {}

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String targetType, String targetId, String detail) {
        events.save(new AuditEvent(clock.instant(), actor, action, targetType, targetId, detail));
    }

    @Transactional(readOnly = true)
    public List<Entry> history(String targetType, String targetId) {
        return events.findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(targetType, targetId).stream()
                .map(e -> new Entry(e.getOccurredAt(), e.getActor(), e.getAction(), e.getDetail()))
                .toList();
    }
}
