package io.chainline.console.schedule.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface JobScheduleRepository extends JpaRepository<JobSchedule, UUID> {

    boolean existsByNameIgnoreCase(String name);

    List<JobSchedule> findAllByOrderByNextEffectiveAtAscNameAsc();

    List<JobSchedule> findByState(ScheduleState state);

    /** Read for firing: the row stays locked until the firing's transaction ends, so edits wait for it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from JobSchedule s where s.id = :id")
    Optional<JobSchedule> lockById(UUID id);
}
