/** Window kinds, used by schedules (ADR 24: what other features may use of this one). */
@NamedInterface("domain")
package io.chainline.console.maintenance.domain;

import org.springframework.modulith.NamedInterface;
