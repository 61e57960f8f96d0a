/** Deployments, job orders and JobEnded, used by SOL005 and schedules (ADR 24: what other features may use of this one). */
@NamedInterface("service")
package io.chainline.console.deployment.service;

import org.springframework.modulith.NamedInterface;
