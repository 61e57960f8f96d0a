package io.chainline.console.fleet.config;

import io.chainline.connector.api.Platform;
import io.chainline.console.fleet.service.ConnectorRegistry;
import java.time.Clock;
import java.util.List;
import java.util.ServiceLoader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platforms this console can reach: every connector module on the class path that declares a {@link Platform} in
 * {@code META-INF/services}. The console names no connector; a new platform is a new module and nothing else (ADR 23).
 * Platform beans defined elsewhere (a test's) join the ones found here.
 */
@Configuration
class PlatformConfiguration {

    @Bean
    ConnectorRegistry connectorRegistry(ObjectProvider<Platform> declared, Clock clock) {
        List<Platform> found = ServiceLoader.load(Platform.class, PlatformConfiguration.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
        return new ConnectorRegistry(
                java.util.stream.Stream.concat(found.stream(), declared.orderedStream())
                        .toList(),
                clock);
    }
}
