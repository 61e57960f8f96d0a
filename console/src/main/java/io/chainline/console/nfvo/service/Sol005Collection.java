package io.chainline.console.nfvo.service;

import java.util.List;

/**
 * A SOL005 collection read a page at a time (ADR 0044): the rows after the request's key, in {@code (createdAt, id)}
 * order, narrowed in SQL by the terms that map to columns, each in the API's shape. A page costs the same few
 * statements however many rows it holds: what each row shows beyond its columns is read for the whole page at once.
 */
@FunctionalInterface
public interface Sol005Collection<V> {

    List<KeysetPages.Keyed<V>> page(KeysetPages.Request request);
}
