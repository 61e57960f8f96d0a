package io.chainline.console.schedule.service;

import io.chainline.console.schedule.domain.RunResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Prometheus figures for schedules: runs by how they ended (succeeded, failed, missed, refused by windows…). */
@Component
class ScheduleMetrics {

    private final MeterRegistry registry;

    ScheduleMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void ended(RunResult result) {
        Counter.builder("chainline.schedule.runs")
                .description("Scheduled runs by how they ended")
                .tag("result", result.name())
                .register(registry)
                .increment();
    }
}
