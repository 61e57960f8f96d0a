package io.chainline.console.catalog.domain;

/** A descriptor version's lifecycle: drafts change, published versions never do, deprecated ones are kept for use. */
public enum DescriptorState {
    DRAFT,
    PUBLISHED,
    DEPRECATED
}
