/**
 * Scheduled deployment jobs: what other features may read (the wall screen lists the next runs).
 */
@NamedInterface("service")
package io.chainline.console.schedule.service;

import org.springframework.modulith.NamedInterface;
