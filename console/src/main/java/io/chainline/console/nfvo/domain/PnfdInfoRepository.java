package io.chainline.console.nfvo.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PnfdInfoRepository extends JpaRepository<PnfdInfo, UUID> {}
