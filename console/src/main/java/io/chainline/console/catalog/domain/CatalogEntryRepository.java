package io.chainline.console.catalog.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CatalogEntryRepository extends JpaRepository<CatalogEntry, UUID> {

    String SEARCH = "where (:text = '' or lower(e.productName) like :text or lower(e.provider) like :text"
            + " or lower(e.descriptorId) like :text or lower(e.descriptorVersion) like :text)"
            + " and (:state is null or e.state = :state)";

    @Query("select e from CatalogEntry e " + SEARCH)
    List<CatalogEntry> search(@Param("text") String text, @Param("state") DescriptorState state, Pageable page);

    @Query("select count(e) from CatalogEntry e " + SEARCH)
    long countSearch(@Param("text") String text, @Param("state") DescriptorState state);

    java.util.Optional<CatalogEntry> findFirstByDescriptorId(String descriptorId);

    boolean existsByProductKeyAndDescriptorVersion(String productKey, String descriptorVersion);

    List<CatalogEntry> findByProductKeyOrderByCreatedAtAsc(String productKey);
}
