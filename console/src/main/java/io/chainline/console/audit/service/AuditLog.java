package io.chainline.console.audit.service;

import io.chainline.console.audit.domain.AuditEvent;
import io.chainline.console.audit.domain.AuditEventRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who changed what and when. Joins the caller's transaction, so a change and its record commit or roll back
 * together: there is never a change without its record, nor a record of a change that did not happen.
 */
@Service
public class AuditLog {

    /** What was recorded, for views, exports and tests. */
    public record Entry(
            java.time.Instant at,
            String actor,
            String action,
            String detail,
            long id,
            String area,
            String targetId,
            String source) {
        static Entry of(AuditEvent e) {
            return new Entry(
                    e.getOccurredAt(),
                    e.getActor(),
                    e.getAction(),
                    e.getDetail(),
                    e.getId(),
                    e.getTargetType(),
                    e.getTargetId(),
                    e.getSource());
        }
    }

    /** One page of a filtered read, newest first, with how many match in all. */
    public record Page(List<Entry> entries, long total, int page, int size) {}

    /** The most rows one export holds; narrow the filter for more. */
    public static final int EXPORT_LIMIT = 100_000;

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String targetType, String targetId, String detail) {
        events.save(
                new AuditEvent(clock.instant(), actor, action, targetType, targetId, detail, AuditSource.current()));
    }

    @Transactional(readOnly = true)
    public List<Entry> history(String targetType, String targetId) {
        return events.findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(targetType, targetId).stream()
                .map(Entry::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public Page search(AuditQuery query, int page, int size) {
        var result = events.findAll(
                query.specification(), PageRequest.of(Math.max(0, page), Math.clamp(size, 1, 500), NEWEST_FIRST));
        return new Page(result.getContent().stream().map(Entry::of).toList(), result.getTotalElements(), page, size);
    }

    /** Everything the filter matches, newest first, up to {@link #EXPORT_LIMIT} rows. */
    @Transactional(readOnly = true)
    public List<Entry> export(AuditQuery query) {
        return events.findAll(query.specification(), PageRequest.of(0, EXPORT_LIMIT, NEWEST_FIRST)).stream()
                .map(Entry::of)
                .toList();
    }

    /** The areas (kinds of things) the log has records for, for filters. */
    @Transactional(readOnly = true)
    public List<String> areas() {
        return events.areas();
    }
}
