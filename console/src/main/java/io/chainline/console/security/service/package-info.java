/** Users and the signed-in actor, for features that record who did what (ADR 24: what other features may use of this one). */
@NamedInterface("service")
package io.chainline.console.security.service;

import org.springframework.modulith.NamedInterface;
