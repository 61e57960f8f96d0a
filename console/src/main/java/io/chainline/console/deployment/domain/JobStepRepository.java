package io.chainline.console.deployment.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface JobStepRepository extends JpaRepository<JobStep, UUID> {

    List<JobStep> findByJobIdOrderByPosition(UUID jobId);

    /** The steps of several jobs in one query (the wall screen's running jobs). */
    List<JobStep> findByJobIdIn(Collection<UUID> jobIds);

    /** How far each of several jobs got, counted by the database in one grouped query (a list page's progress). */
    @Query("select new io.chainline.console.deployment.domain.StepProgress(s.jobId, count(s),"
            + " sum(case when s.state in :finished then 1 else 0 end)) from JobStep s where s.jobId in :jobs"
            + " group by s.jobId")
    List<StepProgress> progressOf(
            @Param("jobs") Collection<UUID> jobIds, @Param("finished") Collection<StepState> finished);
}
