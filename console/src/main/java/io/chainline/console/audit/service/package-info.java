/** The audit log every feature writes its changes to (ADR 24: what other features may use of this one). */
@NamedInterface("service")
package io.chainline.console.audit.service;

import org.springframework.modulith.NamedInterface;
