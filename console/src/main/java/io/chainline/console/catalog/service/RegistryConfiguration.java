package io.chainline.console.catalog.service;

import io.chainline.console.base.service.OutboundHttp;
import io.chainline.console.catalog.service.registry.RegistryClient;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class RegistryConfiguration {

    /**
     * Loopback registries speak plain HTTP; others only when listed in chainline.registry.plain-http. Either is
     * reached only when the outbound policy allows it (a lab allow-lists its registry in chainline.outbound.allow).
     */
    @Bean
    RegistryClient registryClient(@Value("${chainline.registry.plain-http:}") String plainHttp, OutboundHttp http) {
        return new RegistryClient(
                Arrays.stream(plainHttp.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet()),
                http);
    }
}
