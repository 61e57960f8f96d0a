package io.chainline.console.nfvo.service;

/** A resource as a GET answers it, with its ETag ({@link IfMatch#etag}). */
public record Tagged<V>(V body, String etag) {}
