package io.chainline.console.fleet.service;

import io.chainline.console.base.service.Cursor;
import io.chainline.console.fleet.domain.FleetTarget;
import io.chainline.console.fleet.domain.FleetTargetRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The targets list in SQL pages with key-set markers (by name): three statements for any page (the targets, their
 * nodes, their runtime classes), where reading each target's collections lazily cost two more per target.
 */
@Service
@Transactional(readOnly = true)
public class FleetLists {

    private final FleetTargetRepository targets;

    FleetLists(FleetTargetRepository targets) {
        this.targets = targets;
    }

    /** Every target, by name. */
    public List<TargetSummary> list() {
        return summaries(targets.listed(Pageable.unpaged()));
    }

    public Cursor.Page<TargetSummary> page(int limit, Optional<Cursor> after) {
        Pageable oneMore = PageRequest.ofSize(limit + 1);
        List<FleetTarget> rows =
                after.map(c -> targets.listedAfter(c.key(), c.id(), oneMore)).orElseGet(() -> targets.listed(oneMore));
        Cursor.Page<FleetTarget> page = Cursor.Page.of(rows, limit, t -> new Cursor(t.getName(), t.getId()));
        return new Cursor.Page<>(summaries(page.rows()), page.next());
    }

    private List<TargetSummary> summaries(List<FleetTarget> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        targets.fetchNodes(rows);
        targets.fetchRuntimeClasses(rows);
        return rows.stream().map(TargetSummary::of).toList();
    }
}
