package io.chainline.console.support;

import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.base.service.FaultReports;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link FaultReports} for unit tests: keeps what each scope reported last, as the alarm module would hold it. */
public final class RecordedFaults implements FaultReports {

    private final Map<FaultScope, List<Fault>> current = new ConcurrentHashMap<>();
    private final List<FaultScope> reports = new ArrayList<>();

    @Override
    public synchronized void report(FaultScope scope, List<Fault> faults) {
        current.put(scope, List.copyOf(faults));
        reports.add(scope);
    }

    /** What {@code scope} reported last; empty when it never reported or cleared. */
    public List<Fault> of(FaultScope scope) {
        return current.getOrDefault(scope, List.of());
    }

    /** How many reports were made, in any scope. */
    public synchronized int reports() {
        return reports.size();
    }
}
