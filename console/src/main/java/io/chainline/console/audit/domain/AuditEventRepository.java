package io.chainline.console.audit.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(String targetType, String targetId);
}
