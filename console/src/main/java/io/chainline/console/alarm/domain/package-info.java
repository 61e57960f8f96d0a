/** Alarms and their notes, read by the overview, deployments and SOL005 nsfm (ADR 28). */
@NamedInterface("domain")
package io.chainline.console.alarm.domain;

import org.springframework.modulith.NamedInterface;
