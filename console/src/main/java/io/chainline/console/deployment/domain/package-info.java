/** Jobs, operations and deployment states, read by SOL005 and schedules (ADR 24: what other features may use of this one). */
@NamedInterface("domain")
package io.chainline.console.deployment.domain;

import org.springframework.modulith.NamedInterface;
