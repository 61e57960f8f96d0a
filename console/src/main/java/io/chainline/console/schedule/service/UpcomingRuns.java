package io.chainline.console.schedule.service;

import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.schedule.domain.JobSchedule;
import io.chainline.console.schedule.domain.JobScheduleRepository;
import io.chainline.console.schedule.domain.ScheduleState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The next scheduled runs in one query, for screens that only need when and what (the wall screen);
 * {@link ScheduleService#list()} also reads each schedule's last run.
 */
@Service
@Transactional(readOnly = true)
public class UpcomingRuns {

    /** A schedule's next run: when it will really start, and why then ({@code reason}, may be empty). */
    public record NextRun(
            UUID scheduleId,
            String name,
            Operation operation,
            Optional<UUID> deploymentId,
            String deploymentName,
            Instant at,
            String reason) {}

    private final JobScheduleRepository schedules;

    UpcomingRuns(JobScheduleRepository schedules) {
        this.schedules = schedules;
    }

    /** The active schedules' next runs, soonest first, at most {@code limit}. */
    public List<NextRun> next(int limit) {
        return schedules.findAllByOrderByNextEffectiveAtAscNameAsc().stream()
                .filter(s -> s.getState() == ScheduleState.ACTIVE)
                .filter(s -> s.getNextEffectiveAt().isPresent())
                .limit(limit)
                .map(UpcomingRuns::of)
                .toList();
    }

    private static NextRun of(JobSchedule s) {
        return new NextRun(
                s.getId(),
                s.getName(),
                s.getOperation(),
                s.getDeploymentId(),
                s.getDeploymentName(),
                s.getNextEffectiveAt().orElseThrow(),
                s.getEffectiveReason());
    }
}
