/**
 * The OCI registry client: image references and cosign verification, used by deployments' image gate (ADR 24: what
 * other features may use of the catalog).
 */
@NamedInterface("registry")
package io.chainline.console.catalog.service.registry;

import org.springframework.modulith.NamedInterface;
