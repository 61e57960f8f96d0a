package io.chainline.console.catalog.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PnfEntryRepository extends JpaRepository<PnfEntry, UUID> {

    List<PnfEntry> findAllByOrderByNameAscDescriptorVersionAsc();

    Optional<PnfEntry> findByDescriptorId(String descriptorId);

    boolean existsByDescriptorId(String descriptorId);
}
