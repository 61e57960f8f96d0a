/** Catalog versions and their states, read by chains, deployments and schedules (ADR 24: what other features may use of this one). */
@NamedInterface("domain")
package io.chainline.console.catalog.domain;

import org.springframework.modulith.NamedInterface;
