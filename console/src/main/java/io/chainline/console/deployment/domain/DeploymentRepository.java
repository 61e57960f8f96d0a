package io.chainline.console.deployment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeploymentRepository extends JpaRepository<Deployment, UUID> {

    List<Deployment> findAllByOrderByCreatedAtDesc();

    Optional<Deployment> findByName(String name);

    boolean existsByName(String name);

    List<Deployment> findByStateIn(Collection<DeploymentState> states);
}
