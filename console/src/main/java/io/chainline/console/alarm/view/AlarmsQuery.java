package io.chainline.console.alarm.view;

import com.vaadin.flow.router.QueryParameters;
import io.chainline.console.alarm.domain.AckState;
import io.chainline.console.alarm.service.AlarmFilter;
import io.chainline.console.base.domain.Fault.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The alarms view's filter as it lives in the URL ({@code alarms?severity=CRITICAL&severity=MAJOR&state=all&q=fw}), so
 * a link, a bookmark or a reload shows the same alarms. Unknown or malformed values are ignored, never an error page.
 *
 * @param state {@code active} (the default), {@code cleared} or {@code all}
 * @param site the fleet site whose targets' alarms to show, empty for any
 * @param managed the deployment (or other managed object) the alarms are on
 * @param worstFirst worst severity first instead of newest first
 * @param alarm the alarm whose detail is open
 */
public record AlarmsQuery(
        Set<Severity> severities,
        String state,
        Optional<AckState> ack,
        String site,
        Optional<UUID> target,
        Optional<UUID> managed,
        String text,
        boolean worstFirst,
        Optional<UUID> alarm) {

    public static final String ACTIVE = "active";
    public static final String CLEARED = "cleared";
    public static final String ALL = "all";

    public AlarmsQuery {
        severities = severities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(severities));
        state = List.of(CLEARED, ALL).contains(state) ? state : ACTIVE;
        site = site == null ? "" : site.strip();
        text = text == null ? "" : text.strip();
    }

    public static AlarmsQuery defaults() {
        return new AlarmsQuery(
                Set.of(),
                ACTIVE,
                Optional.empty(),
                "",
                Optional.empty(),
                Optional.empty(),
                "",
                false,
                Optional.empty());
    }

    /** The deployment page's link: its active alarms. */
    public static AlarmsQuery on(UUID managed) {
        return defaults().withManaged(Optional.of(managed));
    }

    public static AlarmsQuery from(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        Set<Severity> severities = new HashSet<>();
        for (String s : p.getOrDefault("severity", List.of())) {
            parse(s, Severity.class).ifPresent(severities::add);
        }
        return new AlarmsQuery(
                severities,
                first(p, "state").orElse(ACTIVE),
                first(p, "ack").flatMap(a -> parse(a, AckState.class)),
                first(p, "site").orElse(""),
                first(p, "target").flatMap(AlarmsQuery::uuid),
                first(p, "deployment").flatMap(AlarmsQuery::uuid),
                first(p, "q").orElse(""),
                first(p, "order").filter("worst"::equals).isPresent(),
                first(p, "alarm").flatMap(AlarmsQuery::uuid));
    }

    /** Only what differs from the defaults, so a plain {@code alarms} link stays plain. */
    public QueryParameters toParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (!severities.isEmpty()) {
            List<String> names = new ArrayList<>();
            EnumSet.copyOf(severities).forEach(s -> names.add(s.name()));
            p.put("severity", names);
        }
        if (!state.equals(ACTIVE)) {
            p.put("state", List.of(state));
        }
        ack.ifPresent(a -> p.put("ack", List.of(a.name())));
        put(p, "site", site);
        target.ifPresent(t -> p.put("target", List.of(t.toString())));
        managed.ifPresent(m -> p.put("deployment", List.of(m.toString())));
        put(p, "q", text);
        if (worstFirst) {
            p.put("order", List.of("worst"));
        }
        alarm.ifPresent(a -> p.put("alarm", List.of(a.toString())));
        return new QueryParameters(p);
    }

    /** The path and query of this filter, for links. */
    public String location() {
        String query = toParameters().getQueryString();
        return query.isEmpty() ? "alarms" : "alarms?" + query;
    }

    /**
     * What the service filters on. A site is the targets there ({@code siteTargets}); a site (or a site and a target)
     * that selects no target selects no alarm rather than all of them.
     */
    public AlarmFilter filter(Function<String, Set<UUID>> siteTargets) {
        Set<UUID> targets = new HashSet<>();
        target.ifPresent(targets::add);
        if (!site.isEmpty()) {
            Set<UUID> there = siteTargets.apply(site);
            if (targets.isEmpty()) {
                targets.addAll(there);
            } else {
                targets.retainAll(there);
            }
            if (targets.isEmpty()) {
                targets.add(new UUID(0, 0)); // no target at that site: match nothing
            }
        }
        Optional<Boolean> active = switch (state) {
            case CLEARED -> Optional.of(false);
            case ALL -> Optional.empty();
            default -> Optional.of(true);
        };
        return new AlarmFilter(
                severities, active, ack, targets, managed.map(Set::of).orElse(Set.of()), Optional.empty(), text);
    }

    public AlarmsQuery withSeverities(Set<Severity> s) {
        return new AlarmsQuery(s, state, ack, site, target, managed, text, worstFirst, alarm);
    }

    public AlarmsQuery withState(String s) {
        return new AlarmsQuery(severities, s, ack, site, target, managed, text, worstFirst, alarm);
    }

    public AlarmsQuery withAck(Optional<AckState> a) {
        return new AlarmsQuery(severities, state, a, site, target, managed, text, worstFirst, alarm);
    }

    public AlarmsQuery withSite(String s) {
        return new AlarmsQuery(severities, state, ack, s, target, managed, text, worstFirst, alarm);
    }

    public AlarmsQuery withTarget(Optional<UUID> t) {
        return new AlarmsQuery(severities, state, ack, site, t, managed, text, worstFirst, alarm);
    }

    public AlarmsQuery withManaged(Optional<UUID> m) {
        return new AlarmsQuery(severities, state, ack, site, target, m, text, worstFirst, alarm);
    }

    public AlarmsQuery withText(String t) {
        return new AlarmsQuery(severities, state, ack, site, target, managed, t, worstFirst, alarm);
    }

    public AlarmsQuery withWorstFirst(boolean w) {
        return new AlarmsQuery(severities, state, ack, site, target, managed, text, w, alarm);
    }

    public AlarmsQuery withAlarm(Optional<UUID> a) {
        return new AlarmsQuery(severities, state, ack, site, target, managed, text, worstFirst, a);
    }

    private static void put(Map<String, List<String>> p, String key, String value) {
        if (!value.isEmpty()) {
            p.put(key, List.of(value));
        }
    }

    private static Optional<String> first(Map<String, List<String>> p, String key) {
        return p.getOrDefault(key, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static <E extends Enum<E>> Optional<E> parse(String value, Class<E> type) {
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
