package io.chainline.console.audit.service;

import io.chainline.console.audit.domain.AuditEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the audit view and API filter on; every part optional.
 *
 * @param actor exact user name
 * @param area the kind of thing changed (deployment, schedule, window, target, token…)
 * @param text found anywhere in the action or the detail, case-insensitive
 * @param from inclusive
 * @param to exclusive
 */
public record AuditQuery(String actor, String area, String text, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }

    Specification<AuditEvent> specification() {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
            if (actor != null && !actor.isBlank()) {
                where.add(cb.equal(root.get("actor"), actor.strip()));
            }
            if (area != null && !area.isBlank()) {
                where.add(cb.equal(root.get("targetType"), area.strip()));
            }
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "\\%") + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("action")), like), cb.like(cb.lower(root.get("detail")), like)));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
            }
            if (to != null) {
                where.add(cb.lessThan(root.get("occurredAt"), to));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
