package io.chainline.console.schedule.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface JobScheduleRepository extends JpaRepository<JobSchedule, UUID> {

    boolean existsByNameIgnoreCase(String name);

    List<JobSchedule> findAllByOrderByNextEffectiveAtAscNameAsc();

    /** The schedules list's order: next effective run first, undated (paused, ended) last, then by (unique) name. */
    String ORDER = " order by case when s.nextEffectiveAt is null then 1 else 0 end, s.nextEffectiveAt, s.name";

    @Query("select s from JobSchedule s" + ORDER)
    List<JobSchedule> listed(Pageable limit);

    /** The page after a schedule that runs at {@code at}: later ones, the same instant by name, then undated ones. */
    @Query("select s from JobSchedule s where s.nextEffectiveAt is null or s.nextEffectiveAt > :at"
            + " or (s.nextEffectiveAt = :at and s.name > :name)" + ORDER)
    List<JobSchedule> listedAfterDated(@Param("at") Instant at, @Param("name") String name, Pageable limit);

    /** The page after an undated schedule: the undated ones after it by name. */
    @Query("select s from JobSchedule s where s.nextEffectiveAt is null and s.name > :name" + ORDER)
    List<JobSchedule> listedAfterUndated(@Param("name") String name, Pageable limit);

    List<JobSchedule> findByState(ScheduleState state);

    /** Read for firing: the row stays locked until the firing's transaction ends, so edits wait for it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from JobSchedule s where s.id = :id")
    Optional<JobSchedule> lockById(UUID id);
}
