package io.chainline.console.base.service;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * One clock for the whole console, so tests (and schedules later) can move time instead of waiting for it; and the
 * scheduler that periodic work (the fleet's inventory sync) runs on.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
