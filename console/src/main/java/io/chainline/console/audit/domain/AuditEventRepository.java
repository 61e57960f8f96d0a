package io.chainline.console.audit.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    List<AuditEvent> findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(String targetType, String targetId);

    @Query("select distinct e.targetType from AuditEvent e order by e.targetType")
    List<String> areas();
}
