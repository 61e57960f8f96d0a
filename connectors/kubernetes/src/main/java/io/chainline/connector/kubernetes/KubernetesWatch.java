package io.chainline.connector.kubernetes;

import io.chainline.connector.api.ChangeSignal;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.Ownership;
import io.chainline.connector.api.ResourceRef;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Watches the pods, Deployments and StatefulSets Chainline manages, in every namespace, by the
 * {@link Ownership#MANAGED_BY} label: an equality selector, which real API servers and the CRUD mock both honour
 * (the mock ignores set-based ones). A cluster that refuses a cluster-wide watch (namespace-only rights) refuses here,
 * and the console polls instead.
 */
final class KubernetesWatch {

    static final List<Class<? extends HasMetadata>> WATCHED = List.of(Pod.class, Deployment.class, StatefulSet.class);

    private KubernetesWatch() {}

    static Connector.Watch open(KubernetesClient client, Consumer<ChangeSignal> onChange) {
        AtomicBoolean closing = new AtomicBoolean();
        List<Watch> watches = new ArrayList<>();
        try {
            for (Class<? extends HasMetadata> kind : WATCHED) {
                watches.add(client.resources(kind)
                        .inAnyNamespace()
                        .withLabel(Ownership.MANAGED_BY, Ownership.MANAGER)
                        .watch(new Relay<>(onChange, closing)));
            }
        } catch (RuntimeException e) {
            closing.set(true);
            watches.forEach(Watch::close);
            throw e;
        }
        return () -> {
            closing.set(true);
            watches.forEach(Watch::close);
        };
    }

    /** The signal a watch event carries: which deployment, which workload, what happened. */
    static java.util.Optional<ChangeSignal> signal(Watcher.Action action, HasMetadata resource) {
        Map<String, String> labels = resource.getMetadata().getLabels();
        String deployment = labels == null ? null : labels.get(Ownership.DEPLOYMENT);
        if (deployment == null || action == Watcher.Action.BOOKMARK) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(ChangeSignal.of(
                deployment,
                ChangeSignal.workload(labels),
                new ResourceRef(
                        resource.getKind(),
                        String.valueOf(resource.getMetadata().getNamespace()),
                        resource.getMetadata().getName()),
                action.name()));
    }

    private static final class Relay<T extends HasMetadata> implements Watcher<T> {
        private final Consumer<ChangeSignal> onChange;
        private final AtomicBoolean closing;

        Relay(Consumer<ChangeSignal> onChange, AtomicBoolean closing) {
            this.onChange = onChange;
            this.closing = closing;
        }

        @Override
        public void eventReceived(Action action, T resource) {
            signal(action, resource).ifPresent(onChange);
        }

        @Override
        public void onClose(WatcherException cause) {
            if (!closing.get()) {
                onChange.accept(ChangeSignal.lost("the watch closed: " + cause.getMessage()));
            }
        }

        @Override
        public void onClose() {
            if (!closing.get()) {
                onChange.accept(ChangeSignal.lost("the watch closed"));
            }
        }
    }
}
