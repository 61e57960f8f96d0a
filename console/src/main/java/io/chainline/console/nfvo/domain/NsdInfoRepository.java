package io.chainline.console.nfvo.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NsdInfoRepository extends JpaRepository<NsdInfo, java.util.UUID> {

    List<NsdInfo> findAllByOrderByCreatedAtAsc();

    Optional<NsdInfo> findFirstByNsdIdAndOnboardingState(String nsdId, OnboardingState state);

    List<NsdInfo> findByOnboardingStateIn(Collection<OnboardingState> states);
}
