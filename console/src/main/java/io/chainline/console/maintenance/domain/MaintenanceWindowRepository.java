package io.chainline.console.maintenance.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MaintenanceWindowRepository extends JpaRepository<MaintenanceWindow, UUID> {

    boolean existsByNameIgnoreCase(String name);

    List<MaintenanceWindow> findAllByOrderByNameAsc();
}
