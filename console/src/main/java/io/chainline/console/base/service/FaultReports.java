package io.chainline.console.base.service;

import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.FaultScope;
import java.util.List;

/**
 * Where every observer of the network reports what is wrong (level-triggered): each report is the complete set of
 * faults the source sees in that scope now. A fault not reported before raises an alarm; one reported again updates
 * its alarm (count, last seen, severity, details); an active alarm of the scope whose fault is no longer reported is
 * cleared. So sources stay stateless and idempotent, a report repeated after a crash changes nothing, and a source that
 * stops seeing a problem clears it without knowing it had raised one.
 *
 * <p>The alarm module implements it; a feature that observes something only depends on this port (in the open
 * {@code base} module), so the alarm module can read every feature without a cycle.
 */
public interface FaultReports {

    /** Replaces what {@code scope} reports with {@code current}; an empty list clears all of the scope's alarms. */
    void report(FaultScope scope, List<Fault> current);

    /** Clears everything ever reported in {@code scope} (the deployment, target or subscription is gone). */
    default void forget(FaultScope scope) {
        report(scope, List.of());
    }
}
