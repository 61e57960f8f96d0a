package io.chainline.console.catalog.service;

import io.chainline.console.catalog.domain.DescriptorState;
import java.util.Optional;

/** A catalog search: free text over product, provider, descriptor id and version; optionally one state. */
public record CatalogQuery(String text, Optional<DescriptorState> state) {

    public static final CatalogQuery ALL = new CatalogQuery("", Optional.empty());

    public CatalogQuery {
        text = text == null ? "" : text.trim();
    }
}
