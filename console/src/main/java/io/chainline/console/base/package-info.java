/**
 * Shared infrastructure every feature builds on (errors, outbound policy, secrets, clock, recurrence, the event
 * publication keeper, the UI's dialogs): an open application module, so Spring Modulith lets any feature use any of
 * it (ADR 24). It depends on no feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.chainline.console.base;

import org.springframework.modulith.ApplicationModule;
