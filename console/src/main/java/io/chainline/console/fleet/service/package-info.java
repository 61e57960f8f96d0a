/** The fleet's targets and connectors, used by deployments and maintenance windows (ADR 24: what other features may use of this one). */
@NamedInterface("service")
package io.chainline.console.fleet.service;

import org.springframework.modulith.NamedInterface;
