package io.chainline.console.nfvo.api;

/**
 * Marks a controller serving a SOL005 v2.6.1 API ({@code /v1}) by inheriting every endpoint of its v2 controller:
 * {@link V1Answers} reshapes what it answers, {@link Sol005Locations} points its {@code Location} headers at v1.
 */
interface V1Api {}
