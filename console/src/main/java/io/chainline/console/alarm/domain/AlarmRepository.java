package io.chainline.console.alarm.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AlarmRepository extends JpaRepository<Alarm, UUID>, JpaSpecificationExecutor<Alarm> {

    List<Alarm> findByScopeSourceAndScopeIdAndClearedAtIsNull(String source, String scopeId);

    List<Alarm> findByClearedAtIsNull();

    List<Alarm> findByManagedIdAndClearedAtIsNull(UUID managedId);

    long countByClearedAtIsNull();
}
