package io.chainline.console.deployment.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DeploymentRepository extends JpaRepository<Deployment, UUID> {

    List<Deployment> findAllByOrderByCreatedAtDesc();

    /** The first page of the deployments list, newest first (key-set: created_at, then id, both descending). */
    @Query("select d from Deployment d order by d.createdAt desc, d.id desc")
    List<Deployment> firstPage(Pageable limit);

    /** The page after the row (at, id) of the deployments list, in the same order. */
    @Query("select d from Deployment d where d.createdAt < :at or (d.createdAt = :at and d.id < :id)"
            + " order by d.createdAt desc, d.id desc")
    List<Deployment> pageAfter(@Param("at") Instant at, @Param("id") UUID id, Pageable limit);

    Optional<Deployment> findByName(String name);

    boolean existsByName(String name);

    List<Deployment> findByStateIn(Collection<DeploymentState> states);
}
