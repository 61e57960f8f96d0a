package io.chainline.console.alarm.api;

import io.chainline.console.alarm.domain.AckState;
import io.chainline.console.alarm.service.AlarmFilter;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The alarm API's query parameters, read into an {@link AlarmFilter}; a value it does not know is refused. */
record AlarmParams(
        List<String> severity, String state, String ack, List<UUID> target, List<UUID> deployment, String q) {

    AlarmFilter filter() {
        return new AlarmFilter(
                severities(),
                active(),
                ackState(),
                Set.copyOf(target == null ? List.of() : target),
                Set.copyOf(deployment == null ? List.of() : deployment),
                Optional.empty(),
                q);
    }

    /** {@code severity=CRITICAL,MAJOR} or the parameter repeated; case does not matter. */
    private Set<Severity> severities() {
        Set<Severity> wanted = EnumSet.noneOf(Severity.class);
        if (severity == null) {
            return wanted;
        }
        for (String value : severity) {
            for (String one : value.split(",")) {
                if (!one.isBlank()) {
                    wanted.add(parse(Severity.class, "severity", one));
                }
            }
        }
        return wanted;
    }

    /** active (the default: what a NOC works on), cleared, or all. */
    private Optional<Boolean> active() {
        String asked =
                state == null || state.isBlank() ? "active" : state.strip().toLowerCase(Locale.ROOT);
        return switch (asked) {
            case "active" -> Optional.of(true);
            case "cleared" -> Optional.of(false);
            case "all" -> Optional.empty();
            default -> throw invalid("state is active, cleared or all; got " + state + ".");
        };
    }

    private Optional<AckState> ackState() {
        if (ack == null || ack.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(parse(AckState.class, "ack", ack));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(name + " is one of " + Arrays.toString(type.getEnumConstants()) + "; got " + value + ".");
        }
    }

    static ChainlineException invalid(String why) {
        return new ChainlineException("ALARM-FILTER-INVALID", Category.INVALID, why);
    }

    /** An alarm's id from a path; one that is no UUID is no alarm (404, as an unknown one). */
    static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new ChainlineException("ALARM-NOT-FOUND", Category.NOT_FOUND, "No alarm has id " + text + ".", e);
        }
    }
}
