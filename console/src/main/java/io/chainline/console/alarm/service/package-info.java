/** Alarms: what the console watches finds wrong, read by the overview, deployments and SOL005 nsfm (ADR 28). */
@NamedInterface("service")
package io.chainline.console.alarm.service;

import org.springframework.modulith.NamedInterface;
