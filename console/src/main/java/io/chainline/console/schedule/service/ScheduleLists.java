package io.chainline.console.schedule.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.Cursor;
import io.chainline.console.schedule.domain.JobSchedule;
import io.chainline.console.schedule.domain.JobScheduleRepository;
import io.chainline.console.schedule.domain.ScheduleRun;
import io.chainline.console.schedule.domain.ScheduleRunRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schedules and runs lists, read in SQL pages with key-set markers: a page costs the same few statements (the
 * rows, then the last runs or schedule names of that page in one query) whether it holds one row or five hundred.
 */
@Service
@Transactional(readOnly = true)
public class ScheduleLists {

    /** The history without a page: the latest runs, as many as it always showed. */
    static final int HISTORY = 200;

    private final JobScheduleRepository schedules;
    private final ScheduleRunRepository runs;
    private final ScheduleTiming timing;

    ScheduleLists(JobScheduleRepository schedules, ScheduleRunRepository runs, ScheduleTiming timing) {
        this.schedules = schedules;
        this.runs = runs;
        this.timing = timing;
    }

    /** Every schedule, next to run first, undated last. */
    public List<ScheduleViews.ScheduleView> list() {
        return views(schedules.listed(Pageable.unpaged()));
    }

    public Cursor.Page<ScheduleViews.ScheduleView> page(int limit, Optional<Cursor> after) {
        Pageable oneMore = PageRequest.ofSize(limit + 1);
        List<JobSchedule> rows = after.map(c -> afterSchedule(c, oneMore)).orElseGet(() -> schedules.listed(oneMore));
        Cursor.Page<JobSchedule> page = Cursor.Page.of(rows, limit, ScheduleLists::cursor);
        return new Cursor.Page<>(views(page.rows()), page.next());
    }

    /** The latest runs of every schedule, newest first. */
    public List<ScheduleViews.RunView> history() {
        return named(runs.newest(PageRequest.ofSize(HISTORY)));
    }

    public Cursor.Page<ScheduleViews.RunView> historyPage(int limit, Optional<Cursor> after) {
        Pageable oneMore = PageRequest.ofSize(limit + 1);
        List<ScheduleRun> rows =
                after.map(c -> runs.newestAfter(c.instant(), c.id(), oneMore)).orElseGet(() -> runs.newest(oneMore));
        Cursor.Page<ScheduleRun> page = Cursor.Page.of(rows, limit, r -> Cursor.of(r.getStartedAt(), r.getId()));
        return new Cursor.Page<>(named(page.rows()), page.next());
    }

    /** One schedule's runs, newest first: all of them, or a page. */
    public Cursor.Page<ScheduleViews.RunView> runs(UUID id, Optional<Integer> limit, Optional<Cursor> after) {
        JobSchedule schedule = schedules
                .findById(id)
                .orElseThrow(() -> new ChainlineException(
                        "SCHEDULE-NOT-FOUND", ChainlineException.Category.NOT_FOUND, "No schedule " + id + "."));
        Pageable size = limit.<Pageable>map(l -> PageRequest.ofSize(l + 1)).orElse(Pageable.unpaged());
        List<ScheduleRun> rows = after.map(c -> runs.newestOfAfter(id, c.instant(), c.id(), size))
                .orElseGet(() -> runs.newestOf(id, size));
        Cursor.Page<ScheduleRun> page =
                Cursor.Page.of(rows, limit.orElse(Integer.MAX_VALUE), r -> Cursor.of(r.getStartedAt(), r.getId()));
        return page.map(r -> ScheduleViews.RunView.of(r, schedule.getName()));
    }

    private List<JobSchedule> afterSchedule(Cursor c, Pageable limit) {
        String[] dateAndName = c.key().split("\n", 2);
        if (dateAndName.length != 2) {
            throw new ChainlineException(
                    "CURSOR-INVALID",
                    ChainlineException.Category.MALFORMED,
                    "The after marker is not one the schedules list gave out; start again without it.");
        }
        return dateAndName[0].isEmpty()
                ? schedules.listedAfterUndated(dateAndName[1], limit)
                : schedules.listedAfterDated(new Cursor(dateAndName[0], c.id()).instant(), dateAndName[1], limit);
    }

    /** The schedules list's position: its next effective run (empty when undated) and its unique name. */
    private static Cursor cursor(JobSchedule s) {
        String at = s.getNextEffectiveAt().map(Instant::toString).orElse("");
        return new Cursor(at + "\n" + s.getName(), s.getId());
    }

    private List<ScheduleViews.ScheduleView> views(List<JobSchedule> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, ScheduleRun> last = new HashMap<>();
        for (ScheduleRun r : runs.latestOf(rows.stream().map(JobSchedule::getId).toList())) {
            last.merge(r.getScheduleId(), r, (a, b) -> a.getId().compareTo(b.getId()) >= 0 ? a : b);
        }
        return rows.stream()
                .map(s -> ScheduleViews.ScheduleView.of(
                        s, timing.order(s).describe(), Optional.ofNullable(last.get(s.getId()))))
                .toList();
    }

    /** Runs with their schedules' names, read for the page's schedules only; a deleted schedule's runs say so. */
    private List<ScheduleViews.RunView> named(List<ScheduleRun> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names =
                schedules
                        .findAllById(rows.stream()
                                .map(ScheduleRun::getScheduleId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(JobSchedule::getId, JobSchedule::getName));
        return rows.stream()
                .map(r -> ScheduleViews.RunView.of(r, names.getOrDefault(r.getScheduleId(), "(deleted)")))
                .toList();
    }
}
