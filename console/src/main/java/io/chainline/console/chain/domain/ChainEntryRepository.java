package io.chainline.console.chain.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ChainEntryRepository extends JpaRepository<ChainEntry, UUID> {

    @Query("select e from ChainEntry e join e.vnfCatalogIds v where v = :catalogId")
    List<ChainEntry> findUsing(@Param("catalogId") UUID catalogId);

    /** Which of these catalog ids any chain version uses: a SOL005 package page's usageState in one query. */
    @Query("select distinct v from ChainEntry e join e.vnfCatalogIds v where v in :catalogIds")
    List<UUID> findUsedAmong(@Param("catalogIds") Collection<UUID> catalogIds);

    boolean existsByNameKeyAndNsVersion(String nameKey, String nsVersion);

    List<ChainEntry> findAllByOrderByNameAscNsVersionAsc();
}
