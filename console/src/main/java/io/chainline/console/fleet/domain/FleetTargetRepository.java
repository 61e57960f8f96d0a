package io.chainline.console.fleet.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FleetTargetRepository extends JpaRepository<FleetTarget, UUID> {

    boolean existsByNameKey(String nameKey);

    List<FleetTarget> findAllByOrderByNameAsc();

    /** The targets list's rows, by name (then id): the first page, or every target when unpaged. */
    @Query("select t from FleetTarget t order by t.name, t.id")
    List<FleetTarget> listed(Pageable limit);

    /** The page after the target (name, id). */
    @Query("select t from FleetTarget t where t.name > :name or (t.name = :name and t.id > :id) order by t.name, t.id")
    List<FleetTarget> listedAfter(@Param("name") String name, @Param("id") UUID id, Pageable limit);

    /** Loads the nodes of these targets, already read, in one query (their summaries count them). */
    @Query("select distinct t from FleetTarget t left join fetch t.nodes where t in :targets")
    List<FleetTarget> fetchNodes(@Param("targets") Collection<FleetTarget> targets);

    /** Loads the runtime classes of these targets in one query; a second fetch, as two bags cannot join at once. */
    @Query("select distinct t from FleetTarget t left join fetch t.runtimeClasses where t in :targets")
    List<FleetTarget> fetchRuntimeClasses(@Param("targets") Collection<FleetTarget> targets);

    /** Every target with its nodes in one query (the wall screen's fleet health), not one query per target. */
    @EntityGraph(attributePaths = "nodes")
    @Query("select t from FleetTarget t order by t.name")
    List<FleetTarget> findAllWithNodes();
}
