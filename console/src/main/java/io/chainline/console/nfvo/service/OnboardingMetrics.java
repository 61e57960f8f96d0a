package io.chainline.console.nfvo.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Prometheus figures for onboarding: packages and descriptors onboarded or rejected (by the refusal's code), and how
 * long processing took, per API ({@code vnfpkgm}, {@code nsd}).
 */
@Component
class OnboardingMetrics {

    private final MeterRegistry registry;

    OnboardingMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void onboarded(String api, Duration took) {
        ended(api, "ONBOARDED", took);
    }

    void rejected(String api, String code, Duration took) {
        ended(api, "ERROR", took);
        Counter.builder("chainline.onboarding.rejections")
                .description("Uploads that ended in ERROR, by the refusal's code")
                .tag("api", api)
                .tag("code", code)
                .register(registry)
                .increment();
    }

    private void ended(String api, String state, Duration took) {
        Counter.builder("chainline.onboarding")
                .description("Uploads onboarded or rejected")
                .tag("api", api)
                .tag("state", state)
                .register(registry)
                .increment();
        Timer.builder("chainline.onboarding.duration")
                .description("How long processing an upload took, from stored to ONBOARDED or ERROR")
                .tag("api", api)
                .tag("state", state)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry)
                .record(took);
    }
}
