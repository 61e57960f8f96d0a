package io.chainline.console.catalog.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistryCredentialRepository extends JpaRepository<RegistryCredential, Long> {

    Optional<RegistryCredential> findByRegistry(String registry);
}
