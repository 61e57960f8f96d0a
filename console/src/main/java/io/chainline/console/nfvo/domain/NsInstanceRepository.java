package io.chainline.console.nfvo.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NsInstanceRepository extends JpaRepository<NsInstance, UUID> {

    List<NsInstance> findAllByOrderByCreatedAtAsc();

    boolean existsByName(String name);

    boolean existsByNsdInfoId(UUID nsdInfoId);

    java.util.Optional<NsInstance> findByDeploymentId(UUID deploymentId);
}
