package io.chainline.console.schedule.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ScheduleRunRepository extends JpaRepository<ScheduleRun, UUID> {

    List<ScheduleRun> findByScheduleIdOrderByStartedAtDesc(UUID scheduleId);

    List<ScheduleRun> findByScheduleIdAndResult(UUID scheduleId, RunResult result);

    boolean existsByScheduleIdAndNominalAt(UUID scheduleId, Instant nominalAt);

    Optional<ScheduleRun> findByJobId(UUID jobId);

    List<ScheduleRun> findTop200ByOrderByStartedAtDesc();

    /** The newest run of each of these schedules in one query (the list's "last run"), not one query per row. */
    @Query("select r from ScheduleRun r where r.scheduleId in :ids and r.startedAt ="
            + " (select max(q.startedAt) from ScheduleRun q where q.scheduleId = r.scheduleId)")
    List<ScheduleRun> latestOf(@Param("ids") Collection<UUID> scheduleIds);

    /** Every schedule's runs, newest first (started_at, then id, descending). */
    @Query("select r from ScheduleRun r order by r.startedAt desc, r.id desc")
    List<ScheduleRun> newest(Pageable limit);

    /** Every schedule's runs after the run (at, id), in the same order. */
    @Query("select r from ScheduleRun r where r.startedAt < :at or (r.startedAt = :at and r.id < :id)"
            + " order by r.startedAt desc, r.id desc")
    List<ScheduleRun> newestAfter(@Param("at") Instant at, @Param("id") UUID id, Pageable limit);

    /** One schedule's runs, newest first. */
    @Query("select r from ScheduleRun r where r.scheduleId = :schedule order by r.startedAt desc, r.id desc")
    List<ScheduleRun> newestOf(@Param("schedule") UUID scheduleId, Pageable limit);

    /** One schedule's runs after the run (at, id). */
    @Query("select r from ScheduleRun r where r.scheduleId = :schedule"
            + " and (r.startedAt < :at or (r.startedAt = :at and r.id < :id)) order by r.startedAt desc, r.id desc")
    List<ScheduleRun> newestOfAfter(
            @Param("schedule") UUID scheduleId, @Param("at") Instant at, @Param("id") UUID id, Pageable limit);
}
