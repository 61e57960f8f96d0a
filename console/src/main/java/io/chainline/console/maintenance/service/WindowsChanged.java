package io.chainline.console.maintenance.service;

/** Published after a window is created, changed or deleted: schedules recompute when they will really run. */
public record WindowsChanged(String actor) {}
