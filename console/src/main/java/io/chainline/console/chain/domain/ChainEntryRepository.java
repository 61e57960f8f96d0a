package io.chainline.console.chain.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ChainEntryRepository extends JpaRepository<ChainEntry, UUID> {

    @Query("select e from ChainEntry e join e.vnfCatalogIds v where v = :catalogId")
    List<ChainEntry> findUsing(@Param("catalogId") UUID catalogId);

    boolean existsByNameKeyAndNsVersion(String nameKey, String nsVersion);

    List<ChainEntry> findAllByOrderByNameAscNsVersionAsc();
}
