package io.chainline.console.alarm.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AlarmRepository extends JpaRepository<Alarm, UUID>, JpaSpecificationExecutor<Alarm> {

    List<Alarm> findByScopeSourceAndScopeIdAndClearedAtIsNull(String source, String scopeId);

    List<Alarm> findByClearedAtIsNull();

    List<Alarm> findByManagedIdAndClearedAtIsNull(UUID managedId);

    long countByClearedAtIsNull();

    /** Counts a repeat of an active alarm without touching its version (its ETag). */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("update Alarm a set a.seenCount = a.seenCount + 1, a.lastSeenAt = :now where a.id = :id")
    int seenAgain(@Param("id") UUID id, @Param("now") Instant now);
}
