package io.chainline.console.security.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String normalisedUsername);

    boolean existsByUsername(String normalisedUsername);

    long countByRoleAndEnabledTrue(Role role);
}
