package io.chainline.console.fake.service;

import io.chainline.console.catalog.domain.CatalogEntryRepository;

/** A deliberately wrong service, only here to prove that the repository rule rejects reaching into another feature. */
public class ServiceThatReadsAnotherFeaturesRepository {

    private final CatalogEntryRepository entries;

    public ServiceThatReadsAnotherFeaturesRepository(CatalogEntryRepository entries) {
        this.entries = entries;
    }

    public long count() {
        return entries.count();
    }
}
