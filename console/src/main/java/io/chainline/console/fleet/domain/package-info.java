/** Targets and their kinds, used by deployments (ADR 24: what other features may use of this one). */
@NamedInterface("domain")
package io.chainline.console.fleet.domain;

import org.springframework.modulith.NamedInterface;
