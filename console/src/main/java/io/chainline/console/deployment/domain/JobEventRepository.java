package io.chainline.console.deployment.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface JobEventRepository extends JpaRepository<JobEvent, UUID> {

    List<JobEvent> findByJobIdOrderBySeq(UUID jobId);

    @Query("select coalesce(max(e.seq), 0) from JobEvent e where e.jobId = ?1")
    long lastSeq(UUID jobId);
}
