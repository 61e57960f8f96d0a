package io.chainline.console.deployment.service;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Tells open KPI panels that a sampling round stored new figures for their deployment (Vaadin Push). In-process: a
 * panel on a replica that did not sample the deployment catches up when the deployment's page redraws, and reads the
 * same stored figures.
 */
@Component
public class KpiSignals {

    private final List<Consumer<UUID>> listeners = new CopyOnWriteArrayList<>();

    public DeploymentEvents.Subscription subscribe(Consumer<UUID> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void sampled(Collection<UUID> deployments) {
        deployments.forEach(id -> listeners.forEach(l -> l.accept(id)));
    }
}
