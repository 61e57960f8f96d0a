package io.chainline.console.base.service;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Chainline's own settings ({@code chainline.*}); every one is listed in README.md's configuration table.
 *
 * @param home where the embedded database and local state live ({@code CHAINLINE_HOME}, default ~/.chainline)
 * @param demoData whether first start seeds demonstration data ({@code CHAINLINE_DEMO_DATA})
 */
@ConfigurationProperties("chainline")
public record ChainlineProperties(Path home, boolean demoData) {}
