package io.chainline.console.security.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

    Optional<ApiToken> findBySecretHash(String secretHash);

    boolean existsByOwnerAndName(String owner, String name);

    List<ApiToken> findByOwnerOrderByCreatedAtDesc(String owner);

    List<ApiToken> findAllByOrderByOwnerAscCreatedAtDesc();
}
