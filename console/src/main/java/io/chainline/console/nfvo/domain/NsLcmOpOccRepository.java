package io.chainline.console.nfvo.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NsLcmOpOccRepository extends JpaRepository<NsLcmOpOcc, UUID> {

    List<NsLcmOpOcc> findAllByOrderByCreatedAtAsc();

    List<NsLcmOpOcc> findByNsInstanceIdOrderByCreatedAtAsc(UUID nsInstanceId);
}
