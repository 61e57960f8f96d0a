package io.chainline.console.schedule.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScheduleRunRepository extends JpaRepository<ScheduleRun, UUID> {

    List<ScheduleRun> findByScheduleIdOrderByStartedAtDesc(UUID scheduleId);

    List<ScheduleRun> findByScheduleIdAndResult(UUID scheduleId, RunResult result);

    boolean existsByScheduleIdAndNominalAt(UUID scheduleId, Instant nominalAt);

    Optional<ScheduleRun> findByJobId(UUID jobId);

    List<ScheduleRun> findTop200ByOrderByStartedAtDesc();
}
