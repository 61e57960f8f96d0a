/** The catalog's operations and descriptor models, used by chains, deployments and SOL005 (ADR 24: what other features may use of this one). */
@NamedInterface("service")
package io.chainline.console.catalog.service;

import org.springframework.modulith.NamedInterface;
