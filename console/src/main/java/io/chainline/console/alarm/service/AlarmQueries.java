package io.chainline.console.alarm.service;

import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.alarm.domain.AlarmRepository;
import io.chainline.console.base.domain.Fault.Severity;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads alarms for the views, the wall screen and the APIs: filtered pages, counts, each object's worst. */
@Service
@Transactional(readOnly = true)
public class AlarmQueries {

    /** Worst first, then newest first: the order a NOC reads alarms in. */
    public static final Comparator<Alarm> NOC_ORDER = Comparator.comparing(Alarm::getPerceivedSeverity)
            .thenComparing(Alarm::getRaisedAt, Comparator.reverseOrder());

    private final AlarmRepository alarms;

    AlarmQueries(AlarmRepository alarms) {
        this.alarms = alarms;
    }

    public Optional<Alarm> find(UUID id) {
        return alarms.findById(id);
    }

    /** A page of the alarms {@code filter} selects, newest raised first. */
    public Page<Alarm> search(AlarmFilter filter, int page, int size) {
        return alarms.findAll(spec(filter), PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "raisedAt", "id")));
    }

    /** Every alarm {@code filter} selects, newest raised first, at most {@code limit}. */
    public List<Alarm> list(AlarmFilter filter, int limit) {
        return search(filter, 0, limit).getContent();
    }

    public long count(AlarmFilter filter) {
        return alarms.count(spec(filter));
    }

    /** Active alarms, worst first, then newest. */
    public List<Alarm> active() {
        List<Alarm> active = new ArrayList<>(alarms.findByClearedAtIsNull());
        active.sort(NOC_ORDER);
        return active;
    }

    /** The active alarms on one deployment (or target), worst first. */
    public List<Alarm> activeOn(UUID managedId) {
        List<Alarm> active = new ArrayList<>(alarms.findByManagedIdAndClearedAtIsNull(managedId));
        active.sort(NOC_ORDER);
        return active;
    }

    /** How many active alarms there are per severity (every severity present, zero when none). */
    public Map<Severity, Long> activeBySeverity() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            if (s != Severity.CLEARED) {
                counts.put(s, 0L);
            }
        }
        alarms.findByClearedAtIsNull().forEach(a -> counts.merge(a.getSeverity(), 1L, Long::sum));
        return counts;
    }

    /** Each managed object's worst active severity (objects without alarms are absent). */
    public Map<UUID, Severity> worstByManaged() {
        Map<UUID, Severity> worst = new HashMap<>();
        alarms.findByClearedAtIsNull()
                .forEach(a -> worst.merge(a.getManagedObject().id(), a.getSeverity(), Worst::of));
        return worst;
    }

    /**
     * The worst active severity per part of one deployment: by network function name and by workload name (a
     * workload's alarm also colours its NF).
     */
    public Worst worstOf(UUID deploymentId) {
        Map<String, Severity> byNf = new HashMap<>();
        Map<String, Severity> byResource = new HashMap<>();
        for (Alarm a : alarms.findByManagedIdAndClearedAtIsNull(deploymentId)) {
            if (!a.getResource().nf().isEmpty()) {
                byNf.merge(a.getResource().nf(), a.getSeverity(), Worst::of);
            }
            byResource.merge(a.getResource().name(), a.getSeverity(), Worst::of);
        }
        return new Worst(byNf, byResource);
    }

    /** A deployment's worst active severity by NF and by resource (workload, link, job…) name. */
    public record Worst(Map<String, Severity> byNf, Map<String, Severity> byResource) {
        public Worst {
            byNf = Map.copyOf(byNf);
            byResource = Map.copyOf(byResource);
        }

        static Severity of(Severity a, Severity b) {
            return a.worseThan(b) ? a : b;
        }

        public Optional<Severity> nf(String nf) {
            return Optional.ofNullable(byNf.get(nf));
        }

        public Optional<Severity> resource(String name) {
            return Optional.ofNullable(byResource.get(name));
        }
    }

    /**
     * Alarms explained by another: an active root-cause alarm on a target correlates with every active alarm whose
     * resource runs on that target (SOL005 correlatedAlarmIds), and those with it.
     */
    public List<UUID> correlated(Alarm alarm) {
        if (!alarm.isActive() || alarm.getResource().targetId() == null) {
            return List.of();
        }
        UUID target = alarm.getResource().targetId();
        return alarms.findByClearedAtIsNull().stream()
                .filter(a -> !a.getId().equals(alarm.getId()))
                .filter(a -> target.equals(a.getResource().targetId()))
                .filter(a -> a.isRootCause() != alarm.isRootCause())
                .map(Alarm::getId)
                .toList();
    }

    /**
     * {@link #correlated(Alarm)} for many alarms at once (an API's page), reading the active alarms once: each given
     * alarm's id with the ids it correlates with (absent when none).
     */
    public Map<UUID, List<UUID>> correlated(java.util.Collection<Alarm> some) {
        Map<UUID, List<Alarm>> activeByTarget = new HashMap<>();
        alarms.findByClearedAtIsNull().stream()
                .filter(a -> a.getResource().targetId() != null)
                .forEach(a -> activeByTarget
                        .computeIfAbsent(a.getResource().targetId(), t -> new ArrayList<>())
                        .add(a));
        Map<UUID, List<UUID>> correlated = new HashMap<>();
        for (Alarm alarm : some) {
            if (!alarm.isActive() || alarm.getResource().targetId() == null) {
                continue;
            }
            List<UUID> ids = activeByTarget.getOrDefault(alarm.getResource().targetId(), List.of()).stream()
                    .filter(a -> !a.getId().equals(alarm.getId()))
                    .filter(a -> a.isRootCause() != alarm.isRootCause())
                    .map(Alarm::getId)
                    .toList();
            if (!ids.isEmpty()) {
                correlated.put(alarm.getId(), ids);
            }
        }
        return correlated;
    }

    static Specification<Alarm> spec(AlarmFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!f.severities().isEmpty()) {
                where.add(root.get("severity").in(f.severities()));
            }
            f.active()
                    .ifPresent(active ->
                            where.add(active ? cb.isNull(root.get("clearedAt")) : cb.isNotNull(root.get("clearedAt"))));
            f.ack().ifPresent(ack -> where.add(cb.equal(root.get("ackState"), ack)));
            if (!f.targets().isEmpty()) {
                where.add(cb.or(
                        root.get("resourceTargetId").in(f.targets()),
                        root.get("managedId").in(f.targets())));
            }
            if (!f.managed().isEmpty()) {
                where.add(root.get("managedId").in(f.managed()));
            }
            f.raisedSince().ifPresent(since -> where.add(cb.greaterThanOrEqualTo(root.get("raisedAt"), since)));
            for (String word : f.text().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!word.isEmpty()) {
                    String like = "%" + word.replace("%", "").replace("_", "") + "%";
                    where.add(cb.or(
                            cb.like(cb.lower(root.get("managedName")), like),
                            cb.like(cb.lower(root.get("resourceName")), like),
                            cb.like(cb.lower(root.get("probableCause")), like),
                            cb.like(cb.lower(root.get("faultDetails")), like)));
                }
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
