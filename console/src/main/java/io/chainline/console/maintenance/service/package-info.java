/** The maintenance calendar and its WindowsChanged event, used by deployments and schedules (ADR 24: what other features may use of this one). */
@NamedInterface("service")
package io.chainline.console.maintenance.service;

import org.springframework.modulith.NamedInterface;
