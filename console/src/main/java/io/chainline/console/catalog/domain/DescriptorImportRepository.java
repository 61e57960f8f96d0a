package io.chainline.console.catalog.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DescriptorImportRepository extends JpaRepository<DescriptorImport, UUID> {

    Optional<DescriptorImport> findByVnfId(UUID vnfId);

    Optional<DescriptorImport> findByPnfId(UUID pnfId);
}
