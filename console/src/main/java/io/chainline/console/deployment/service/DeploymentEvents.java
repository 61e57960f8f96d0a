package io.chainline.console.deployment.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Tells open views that a deployment's jobs moved on, so they redraw without reloading (Vaadin Push). In-process
 * only: a view on another console replica catches up on its own refresh timer.
 */
@Component
public class DeploymentEvents {

    /** Stops a subscription. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final Map<UUID, List<Consumer<UUID>>> listeners = new ConcurrentHashMap<>();
    private final List<Consumer<UUID>> everything = new CopyOnWriteArrayList<>();

    public Subscription subscribe(UUID deploymentId, Consumer<UUID> listener) {
        listeners
                .computeIfAbsent(deploymentId, k -> new CopyOnWriteArrayList<>())
                .add(listener);
        return () -> listeners.getOrDefault(deploymentId, List.of()).remove(listener);
    }

    public Subscription subscribeAll(Consumer<UUID> listener) {
        everything.add(listener);
        return () -> everything.remove(listener);
    }

    void changed(UUID deploymentId) {
        listeners.getOrDefault(deploymentId, List.of()).forEach(l -> l.accept(deploymentId));
        everything.forEach(l -> l.accept(deploymentId));
    }
}
