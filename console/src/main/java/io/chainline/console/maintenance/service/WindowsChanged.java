package io.chainline.console.maintenance.service;

import java.util.UUID;

/**
 * Published in the transaction that creates, changes or deletes a window: schedules recompute when they will really
 * run once it commits (ADR 24). The window's id keeps two changes by one actor apart in the publication registry.
 */
public record WindowsChanged(String actor, UUID window) {}
