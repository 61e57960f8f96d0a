package io.chainline.console.deployment.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JobStepRepository extends JpaRepository<JobStep, UUID> {

    List<JobStep> findByJobIdOrderByPosition(UUID jobId);

    /** The steps of several jobs in one query (the wall screen's running jobs). */
    List<JobStep> findByJobIdIn(Collection<UUID> jobIds);
}
