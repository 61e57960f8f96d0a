package io.chainline.connector.kubernetes;

import io.chainline.connector.api.ApplyResult;
import io.chainline.connector.api.Capabilities;
import io.chainline.connector.api.ConnectionCheck;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Inventory;
import io.chainline.connector.api.Observation;
import io.chainline.connector.api.Ownership;
import io.chainline.connector.api.Plan;
import io.chainline.connector.api.ResourceRef;
import io.chainline.connector.api.TargetKind;
import io.chainline.connector.api.Workload;
import io.chainline.connector.api.WorkloadSample;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.node.v1.RuntimeClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.readiness.Readiness;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Deploys units to one Kubernetes cluster: plans by comparing the manifests with what the cluster has, applies with
 * creates and replacements (the CRUD mock lacks server-side apply), waits for rollouts, and
 * removes exactly what carries the deployment's label.
 */
public final class KubernetesConnector implements Connector {

    /** The namespaced kinds Chainline creates, in the order they are deleted. */
    static final List<Class<? extends HasMetadata>> OWNED_KINDS =
            List.of(Deployment.class, StatefulSet.class, NetworkPolicy.class, Service.class, ConfigMap.class);

    private final KubernetesClient client;
    private final Clock clock;
    private final KubernetesObserver observer;
    private final KubernetesInventory inventory;
    private final KubernetesSampler sampler;
    private final Multus multus;

    public KubernetesConnector(KubernetesClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
        this.observer = new KubernetesObserver(client);
        this.inventory = new KubernetesInventory(client);
        this.sampler = new KubernetesSampler(client);
        this.multus = new Multus(client);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.KUBERNETES;
    }

    @Override
    public Capabilities capabilities() {
        return inventory.capabilities();
    }

    @Override
    public ConnectionCheck check(Duration timeout) {
        return new ConnectionProbe(client, clock).check(timeout);
    }

    @Override
    public Inventory inventory() {
        return guarded("read the inventory of", () -> inventory.read());
    }

    @Override
    public Plan plan(DeploymentUnit desired) {
        return guarded("plan on", () -> planNow(desired).plan());
    }

    @Override
    public ApplyResult apply(DeploymentUnit desired, Duration readiness) {
        return guarded("apply to", () -> {
            Planned planned = planNow(desired);
            for (Plan.Action action : planned.plan().changes()) {
                execute(action, planned);
            }
            return new ApplyResult(planned.plan(), awaitReadiness(desired, readiness));
        });
    }

    @Override
    public Observation observe(DeploymentRef deployment) {
        return guarded("observe", () -> observer.observe(deployment));
    }

    @Override
    public Optional<List<WorkloadSample>> sample(DeploymentRef deployment) {
        return guarded("read pod metrics from", () -> sampler.sample(deployment));
    }

    @Override
    public void destroy(DeploymentRef deployment) {
        guarded("remove a deployment from", () -> {
            String namespace = deployment.namespaceOrDefault();
            for (Class<? extends HasMetadata> kind : OWNED_KINDS) {
                client.resources(kind)
                        .inNamespace(namespace)
                        .withLabel(Ownership.DEPLOYMENT, deployment.id())
                        .delete();
            }
            // pods and replica sets go with their owners on a real cluster; the CRUD mock has no garbage collector
            client.resources(ReplicaSet.class)
                    .inNamespace(namespace)
                    .withLabel(Ownership.DEPLOYMENT, deployment.id())
                    .delete();
            client.pods()
                    .inNamespace(namespace)
                    .withLabel(Ownership.DEPLOYMENT, deployment.id())
                    .delete();
            // the links last: no pod is left that names them
            multus.delete(deployment);
            if (deployment.namespace().isEmpty() && ownsNamespace(deployment) && !holdsOthers(namespace, deployment)) {
                client.namespaces().withName(namespace).delete();
            }
            return null;
        });
    }

    /** Watches what Chainline manages in every namespace ({@link KubernetesWatch}). */
    @Override
    public java.util.Optional<Watch> watch(
            java.util.function.Consumer<io.chainline.connector.api.ChangeSignal> onChange) {
        return java.util.Optional.of(guarded("watch", () -> KubernetesWatch.open(client, onChange)));
    }

    @Override
    public void close() {
        client.close();
    }

    private record Planned(Plan plan, Map<ResourceRef, HasMetadata> desired, Map<ResourceRef, HasMetadata> live) {}

    private Planned planNow(DeploymentUnit unit) {
        requireRuntimeClasses(unit);
        List<HasMetadata> desired = Manifests.of(unit);
        multus.require(unit);
        List<Plan.Action> actions = new ArrayList<>();
        Map<ResourceRef, HasMetadata> wanted = new java.util.LinkedHashMap<>();
        Map<ResourceRef, HasMetadata> live = new java.util.HashMap<>();
        for (HasMetadata object : desired) {
            ResourceRef ref = ref(object);
            wanted.put(ref, object);
            HasMetadata existing = client.resource(object).get();
            if (existing == null) {
                actions.add(new Plan.Action(Plan.Change.CREATE, ref, List.of("not on the cluster")));
            } else {
                live.put(ref, existing);
                List<String> drift = Drift.between(object, existing);
                actions.add(new Plan.Action(drift.isEmpty() ? Plan.Change.UNCHANGED : Plan.Change.UPDATE, ref, drift));
            }
        }
        for (HasMetadata existing : owned(unit.ref())) {
            ResourceRef ref = ref(existing);
            if (!wanted.containsKey(ref)) {
                live.put(ref, existing);
                actions.add(new Plan.Action(Plan.Change.DELETE, ref, List.of("no longer part of the deployment")));
            }
        }
        return new Planned(new Plan(actions), wanted, live);
    }

    private void execute(Plan.Action action, Planned planned) {
        switch (action.change()) {
            case CREATE ->
                client.resource(planned.desired().get(action.resource())).create();
            case UPDATE ->
                client.resource(replacement(
                                planned.desired().get(action.resource()),
                                planned.live().get(action.resource())))
                        .update();
            case DELETE ->
                client.resource(planned.live().get(action.resource())).delete();
            case UNCHANGED -> {
                // nothing to do
            }
        }
    }

    /**
     * The desired object as a replacement of the live one: its resource version (so a concurrent change is a
     * conflict, not lost) and the fields the API server assigned for good, such as a Service's cluster IP. Replace,
     * not a merge patch: merge patches of lists differ between the CRUD mock and real API servers.
     */
    private static HasMetadata replacement(HasMetadata desired, HasMetadata live) {
        HasMetadata copy = Serialization.clone(desired);
        copy.getMetadata().setResourceVersion(live.getMetadata().getResourceVersion());
        if (copy instanceof Service service && live instanceof Service existing && existing.getSpec() != null) {
            service.getSpec().setClusterIP(existing.getSpec().getClusterIP());
            service.getSpec().setClusterIPs(existing.getSpec().getClusterIPs());
        }
        return copy;
    }

    private List<ApplyResult.Readiness> awaitReadiness(DeploymentUnit unit, Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        String namespace = unit.ref().namespaceOrDefault();
        List<ApplyResult.Readiness> result = new ArrayList<>();
        for (Workload workload : unit.workloads()) {
            Class<? extends HasMetadata> kind = workload.stateful() ? StatefulSet.class : Deployment.class;
            String name = Names.fit(workload.name());
            boolean ready = isReady(kind, namespace, name);
            while (!ready && clock.instant().isBefore(deadline)) {
                pause();
                ready = isReady(kind, namespace, name);
            }
            result.add(new ApplyResult.Readiness(
                    workload.name(), ready, ready ? "ready" : observer.whyNotReady(unit.ref(), workload)));
        }
        return result;
    }

    private boolean isReady(Class<? extends HasMetadata> kind, String namespace, String name) {
        HasMetadata object =
                client.resources(kind).inNamespace(namespace).withName(name).get();
        return object != null && Readiness.getInstance().isReady(object);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(
                    ConnectorException.Reason.TIMEOUT, "Interrupted while waiting for rollout.", e);
        }
    }

    private void requireRuntimeClasses(DeploymentUnit unit) {
        Set<String> needed = new HashSet<>();
        unit.workloads().stream()
                .filter(w -> w.isolation() == Workload.Isolation.SANDBOXED)
                .forEach(w -> w.runtimeClass().ifPresent(needed::add));
        if (needed.isEmpty()) {
            return;
        }
        List<String> available = client.resources(RuntimeClass.class).list().getItems().stream()
                .map(r -> r.getMetadata().getName())
                .sorted()
                .toList();
        for (Workload workload : unit.workloads()) {
            workload.runtimeClass()
                    .filter(r -> workload.isolation() == Workload.Isolation.SANDBOXED && !available.contains(r))
                    .ifPresent(missing -> {
                        throw new ConnectorException(
                                ConnectorException.Reason.UNSUPPORTED,
                                "VDU " + workload.name() + " must run sandboxed in RuntimeClass '" + missing
                                        + "', which this cluster does not have (it has " + available
                                        + "). Install Kata Containers and its RuntimeClass on the cluster, choose a"
                                        + " cluster that has it, or deploy the VDU with shared-kernel isolation.");
                    });
        }
    }

    private List<HasMetadata> owned(DeploymentRef deployment) {
        List<HasMetadata> owned = new ArrayList<>();
        for (Class<? extends HasMetadata> kind : OWNED_KINDS.reversed()) {
            owned.addAll(client.resources(kind)
                    .inNamespace(deployment.namespaceOrDefault())
                    .withLabel(Ownership.DEPLOYMENT, deployment.id())
                    .list()
                    .getItems());
        }
        owned.addAll(multus.owned(deployment));
        return owned;
    }

    private boolean ownsNamespace(DeploymentRef deployment) {
        Namespace namespace =
                client.namespaces().withName(deployment.namespaceOrDefault()).get();
        return namespace != null
                && namespace.getMetadata().getLabels() != null
                && deployment.id().equals(namespace.getMetadata().getLabels().get(Ownership.DEPLOYMENT));
    }

    /** Whether others keep things in the namespace: then it stays, and only Chainline's objects leave it. */
    private boolean holdsOthers(String namespace, DeploymentRef deployment) {
        List<HasMetadata> present = new ArrayList<>();
        present.addAll(client.configMaps().inNamespace(namespace).list().getItems().stream()
                .filter(c -> !c.getMetadata().getName().equals("kube-root-ca.crt"))
                .toList());
        present.addAll(client.secrets().inNamespace(namespace).list().getItems().stream()
                .filter(s -> !"kubernetes.io/service-account-token".equals(((Secret) s).getType()))
                .toList());
        present.addAll(client.services().inNamespace(namespace).list().getItems());
        present.addAll(client.pods().inNamespace(namespace).list().getItems());
        present.addAll(client.apps().deployments().inNamespace(namespace).list().getItems());
        return present.stream()
                .anyMatch(o -> o.getMetadata().getLabels() == null
                        || !deployment.id().equals(o.getMetadata().getLabels().get(Ownership.DEPLOYMENT)));
    }

    static ResourceRef ref(HasMetadata object) {
        String namespace = object.getMetadata().getNamespace();
        return new ResourceRef(
                object.getKind(),
                namespace == null ? "" : namespace,
                object.getMetadata().getName());
    }

    private <T> T guarded(String doing, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (KubernetesClientException e) {
            throw Failures.of(e, "Could not " + doing + " the cluster");
        }
    }
}
