package io.chainline.console.deployment.service;

import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.domain.Operation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Prometheus figures for deployment jobs: started, ended by outcome, and durations as histograms, per operation and
 * per connector (the platforms the job touched, e.g. {@code KUBERNETES+DOCKER}).
 */
@Component
class JobMetrics {

    private final MeterRegistry registry;

    JobMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void started(Operation operation) {
        Counter.builder("chainline.jobs.started")
                .description("Deployment jobs started")
                .tag("operation", operation.name())
                .register(registry)
                .increment();
    }

    void ended(Operation operation, JobState state, Set<String> connectors, Duration took) {
        String connector = connectors.isEmpty() ? "NONE" : String.join("+", new TreeSet<>(connectors));
        Counter.builder("chainline.jobs.ended")
                .description("Deployment jobs ended, by outcome")
                .tag("operation", operation.name())
                .tag("state", state.name())
                .tag("connector", connector)
                .register(registry)
                .increment();
        if (state == JobState.FAILED || state == JobState.ROLLED_BACK) {
            Counter.builder("chainline.jobs.failed")
                    .description("Deployment jobs that failed (rolled back or left)")
                    .tag("operation", operation.name())
                    .tag("connector", connector)
                    .register(registry)
                    .increment();
        }
        Timer.builder("chainline.jobs.duration")
                .description("How long deployment jobs took, from start to end")
                .tag("operation", operation.name())
                .tag("connector", connector)
                .tag("state", state.name())
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(100))
                .maximumExpectedValue(Duration.ofHours(2))
                .register(registry)
                .record(took);
    }
}
