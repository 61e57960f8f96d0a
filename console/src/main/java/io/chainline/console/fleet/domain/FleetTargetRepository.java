package io.chainline.console.fleet.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FleetTargetRepository extends JpaRepository<FleetTarget, UUID> {

    boolean existsByNameKey(String nameKey);

    List<FleetTarget> findAllByOrderByNameAsc();
}
