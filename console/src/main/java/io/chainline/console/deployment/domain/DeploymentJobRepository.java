package io.chainline.console.deployment.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DeploymentJobRepository extends JpaRepository<DeploymentJob, UUID> {

    List<DeploymentJob> findByDeploymentIdOrderByCreatedAtDesc(UUID deploymentId);

    /**
     * The newest job of each of these deployments in one query (a list page's "last job"), not one query per row. Two
     * jobs created in the same instant are both answered; the caller keeps one.
     */
    @Query("select j from DeploymentJob j where j.deploymentId in :ids and j.createdAt ="
            + " (select max(k.createdAt) from DeploymentJob k where k.deploymentId = j.deploymentId)")
    List<DeploymentJob> latestOf(@Param("ids") Collection<UUID> deploymentIds);

    /** When the newest job of each of these deployments was created: [deploymentId, createdAt] rows. */
    @Query("select k.deploymentId, max(k.createdAt) from DeploymentJob k where k.deploymentId in :ids"
            + " group by k.deploymentId")
    List<Object[]> findLastCreated(@Param("ids") Collection<UUID> deploymentIds);

    /** The jobs of these deployments created at these times: a superset of their newest jobs, read in one query. */
    List<DeploymentJob> findByDeploymentIdInAndCreatedAtIn(Collection<UUID> deploymentIds, Collection<Instant> times);

    boolean existsByDeploymentIdAndStateIn(UUID deploymentId, Collection<JobState> states);

    List<DeploymentJob> findByStateIn(Collection<JobState> states);

    /**
     * Takes a job for this console when nobody runs it or its runner stopped beating: one statement, so of two
     * consoles trying at once exactly one gets 1 back.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update DeploymentJob j set j.owner = :owner, j.heartbeatAt = :now where j.id = :id"
            + " and (j.owner is null or j.owner = :owner or j.heartbeatAt < :staleBefore)")
    int claim(
            @Param("id") UUID id,
            @Param("owner") String owner,
            @Param("now") Instant now,
            @Param("staleBefore") Instant staleBefore);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update DeploymentJob j set j.heartbeatAt = :now where j.owner = :owner and j.state in :states")
    int beat(@Param("owner") String owner, @Param("now") Instant now, @Param("states") Collection<JobState> states);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update DeploymentJob j set j.cancelRequested = true where j.id = :id")
    int requestCancel(@Param("id") UUID id);
}
