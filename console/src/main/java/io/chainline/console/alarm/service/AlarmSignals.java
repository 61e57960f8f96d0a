package io.chainline.console.alarm.service;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells open views (Push) which managed objects' alarms changed, once the change committed: a view that redraws
 * reads what is stored. In-process only; a view on another replica catches up on its own timer.
 */
@Component
public class AlarmSignals {

    /** Stops a subscription. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final List<Consumer<Set<UUID>>> listeners = new CopyOnWriteArrayList<>();

    /** {@code listener} receives the ids of the managed objects (deployments, targets…) whose alarms changed. */
    public Subscription subscribe(Consumer<Set<UUID>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void changed(Set<UUID> managedIds) {
        if (managedIds.isEmpty()) {
            return;
        }
        Set<UUID> ids = Set.copyOf(managedIds);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    fire(ids);
                }
            });
        } else {
            fire(ids);
        }
    }

    private void fire(Set<UUID> ids) {
        listeners.forEach(l -> l.accept(ids));
    }
}
