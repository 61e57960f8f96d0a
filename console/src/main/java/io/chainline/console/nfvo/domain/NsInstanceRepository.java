package io.chainline.console.nfvo.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NsInstanceRepository extends JpaRepository<NsInstance, UUID> {

    List<NsInstance> findAllByOrderByCreatedAtAsc();

    boolean existsByName(String name);

    boolean existsByNsdInfoId(UUID nsdInfoId);

    /** Which of these NSD infos an NS instance names: a SOL005 NSD page's usage state in one query. */
    @Query("select distinct i.nsdInfoId from NsInstance i where i.nsdInfoId in :ids")
    List<UUID> findNsdInfoIdsIn(@Param("ids") Collection<UUID> ids);

    java.util.Optional<NsInstance> findByDeploymentId(UUID deploymentId);
}
