package io.chainline.console.nfvo.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeliveryRepository extends JpaRepository<Delivery, UUID> {

    List<Delivery> findByStateAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(
            Delivery.State state, Instant now, Limit limit);

    long countBySubscriptionIdAndState(UUID subscriptionId, Delivery.State state);

    java.util.Optional<Delivery> findFirstBySubscriptionIdAndLastErrorIsNotNullOrderByCreatedAtDesc(
            UUID subscriptionId);
}
