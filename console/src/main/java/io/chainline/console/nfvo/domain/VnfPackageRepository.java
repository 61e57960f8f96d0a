package io.chainline.console.nfvo.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VnfPackageRepository extends JpaRepository<VnfPackage, java.util.UUID> {

    List<VnfPackage> findAllByOrderByCreatedAtAsc();

    List<VnfPackage> findByVnfdIdIn(Collection<String> vnfdIds);

    List<VnfPackage> findByOnboardingStateIn(Collection<OnboardingState> states);
}
