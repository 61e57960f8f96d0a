/** Published chains and their models, used by deployments, schedules and SOL005 (ADR 24: what other features may use of this one). */
@NamedInterface("service")
package io.chainline.console.chain.service;

import org.springframework.modulith.NamedInterface;
