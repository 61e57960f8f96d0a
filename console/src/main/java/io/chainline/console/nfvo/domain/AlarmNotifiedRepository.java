package io.chainline.console.nfvo.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AlarmNotifiedRepository extends JpaRepository<AlarmNotified, UUID> {

    @Modifying
    @Query("delete from AlarmNotified n where n.notifiedAt < :before")
    int prune(@Param("before") Instant before);
}
