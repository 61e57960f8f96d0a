package io.chainline.console.deployment.service;

import io.chainline.console.deployment.domain.DeploymentState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** Prometheus figures for deployments: how many are in each state, and how many have drifted from what was asked. */
@Component
class DeploymentMetrics implements MeterBinder {

    private final DeploymentQueries queries;

    DeploymentMetrics(DeploymentQueries queries) {
        this.queries = queries;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(
                        "chainline.deployments.drifted",
                        () -> queries.list().stream()
                                .filter(d -> d.drifted() > 0)
                                .count())
                .description("Deployments whose last drift check found differences not accepted")
                .register(registry);
        for (DeploymentState state : DeploymentState.values()) {
            Gauge.builder(
                            "chainline.deployments",
                            () -> queries.list().stream()
                                    .filter(d -> d.state() == state)
                                    .count())
                    .description("Deployments by state")
                    .tag("state", state.name())
                    .register(registry);
        }
    }
}
