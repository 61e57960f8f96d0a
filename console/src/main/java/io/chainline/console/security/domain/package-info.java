/** Roles and accounts that features check access against (ADR 24: what other features may use of this one). */
@NamedInterface("domain")
package io.chainline.console.security.domain;

import org.springframework.modulith.NamedInterface;
