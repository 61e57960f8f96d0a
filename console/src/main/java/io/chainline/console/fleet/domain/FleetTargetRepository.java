package io.chainline.console.fleet.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FleetTargetRepository extends JpaRepository<FleetTarget, UUID> {

    boolean existsByNameKey(String nameKey);

    List<FleetTarget> findAllByOrderByNameAsc();

    /** Every target with its nodes in one query (the wall screen's fleet health), not one query per target. */
    @EntityGraph(attributePaths = "nodes")
    @Query("select t from FleetTarget t order by t.name")
    List<FleetTarget> findAllWithNodes();
}
