package io.chainline.connector.openstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainline.connector.api.ApplyResult;
import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.Capabilities;
import io.chainline.connector.api.ConnectionCheck;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Inventory;
import io.chainline.connector.api.Observation;
import io.chainline.connector.api.Plan;
import io.chainline.connector.api.ResourceRef;
import io.chainline.connector.api.TargetKind;
import io.chainline.connector.api.Workload;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.openstack4j.api.Builders;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.api.exceptions.AuthenticationException;
import org.openstack4j.api.exceptions.OS4JException;
import org.openstack4j.model.heat.Stack;

/**
 * Deploys VM-based units to an OpenStack cloud as one Heat stack per deployment ({@code chainline-<id>}). Plans by
 * comparing the template's resources with the stack's; apply creates or updates the stack and waits for Heat.
 */
public final class OpenStackConnector implements Connector {

    private static final Duration STACK_TIMEOUT = Duration.ofMinutes(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Keystone keystone;
    private final HeatTemplates.Style style;
    private final Clock clock;

    OpenStackConnector(Keystone keystone, HeatTemplates.Style style, Clock clock) {
        this.keystone = keystone;
        this.style = style;
        this.clock = clock;
    }

    @Override
    public TargetKind kind() {
        return TargetKind.OPENSTACK;
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(false, true, java.util.Set.of(), inventory().architectures());
    }

    @Override
    public ConnectionCheck check(Duration timeout) {
        Instant start = clock.instant();
        CompletableFuture<String> probe = CompletableFuture.supplyAsync(() -> {
            OSClientV3 os = keystone.client();
            os.heat().stacks().list();
            return "OpenStack, orchestration reachable (" + keystone.describe() + ")";
        });
        try {
            return ConnectionCheck.reached(
                    probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS), Duration.between(start, clock.instant()));
        } catch (TimeoutException e) {
            probe.cancel(true);
            return ConnectionCheck.failed(
                    ConnectionCheck.Failure.TIMEOUT,
                    "Keystone or Heat did not answer in " + timeout.toSeconds() + " s.",
                    Duration.between(start, clock.instant()));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            ConnectionCheck.Failure failure = cause instanceof AuthenticationException
                    ? ConnectionCheck.Failure.UNAUTHORIZED
                    : OpenStackFailures.classify(cause).orElse(ConnectionCheck.Failure.OTHER);
            return ConnectionCheck.failed(
                    failure,
                    OpenStackFailures.explain(failure, keystone.describe(), cause),
                    Duration.between(start, clock.instant()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ConnectionCheck.failed(ConnectionCheck.Failure.TIMEOUT, "Interrupted.", Duration.ZERO);
        }
    }

    @Override
    public Inventory inventory() {
        return guarded("read the inventory of", () -> {
            OSClientV3 os = keystone.client();
            List<Inventory.Node> nodes = os.compute().hypervisors().list().stream()
                    .map(h -> {
                        String arch = h.getCPUInfo() == null
                                ? ""
                                : String.valueOf(h.getCPUInfo().getArch());
                        return new Inventory.Node(
                                h.getHypervisorHostname(),
                                Architecture.parse(arch),
                                arch,
                                String.valueOf(h.getType()),
                                h.getVirtualCPU() * 1000L,
                                (long) h.getLocalMemory() << 20,
                                Map.of(),
                                "up".equalsIgnoreCase(h.getState()) && "enabled".equalsIgnoreCase(h.getStatus()));
                    })
                    .toList();
            return new Inventory("OpenStack (" + keystone.describe() + ")", nodes, List.of());
        });
    }

    @Override
    public Plan plan(DeploymentUnit desired) {
        return guarded("plan on", () -> diff(keystone.client(), desired));
    }

    @Override
    public ApplyResult apply(DeploymentUnit desired, Duration readiness) {
        return guarded("apply to", () -> {
            OSClientV3 os = keystone.client();
            Plan plan = diff(os, desired);
            if (!plan.isNoOp()) {
                String template = json(template(os, desired));
                Optional<Stack> stack = stack(os, desired.ref());
                if (stack.isEmpty()) {
                    os.heat()
                            .stacks()
                            .create(Builders.stack()
                                    .name(name(desired.ref()))
                                    .template(template)
                                    .timeoutMins(STACK_TIMEOUT.toMinutes())
                                    .disableRollback(true)
                                    .build());
                } else {
                    os.heat()
                            .stacks()
                            .update(
                                    stack.get().getName(),
                                    stack.get().getId(),
                                    Builders.stackUpdate()
                                            .template(template)
                                            .timeoutMins(STACK_TIMEOUT.toMinutes())
                                            .build());
                }
            }
            Stack settled = settle(os, desired.ref(), plan.isNoOp() ? Duration.ZERO : STACK_TIMEOUT);
            boolean ready = settled != null && settled.getStatus().endsWith("_COMPLETE");
            String message =
                    ready ? "ready" : "Heat says " + settled.getStatus() + ": " + settled.getStackStatusReason();
            return new ApplyResult(
                    plan,
                    desired.workloads().stream()
                            .map(w -> new ApplyResult.Readiness(w.name(), ready, message))
                            .toList());
        });
    }

    @Override
    public Observation observe(DeploymentRef deployment) {
        return guarded("observe", () -> {
            OSClientV3 os = keystone.client();
            Optional<Stack> stack = stack(os, deployment);
            if (stack.isEmpty()) {
                return new Observation(List.of(), List.of());
            }
            String name = stack.get().getName();
            String id = stack.get().getId();
            List<Observation.ResourceStatus> resources = os.heat().resources().list(name, id).stream()
                    .map(r -> status(name, r))
                    .toList();
            List<Observation.Event> events = os.heat().events().list(name, id).stream()
                    .filter(e -> String.valueOf(e.getResourceStatus()).endsWith("_FAILED"))
                    .map(e -> new Observation.Event(
                            e.getTime() == null ? Instant.EPOCH : e.getTime().toInstant(),
                            new ResourceRef(String.valueOf(e.getResourceType()), name, e.getResourceName()),
                            true,
                            e.getResourceStatus(),
                            e.getReason()))
                    .toList();
            return new Observation(resources, events);
        });
    }

    @Override
    public void destroy(DeploymentRef deployment) {
        guarded("remove a deployment from", () -> {
            OSClientV3 os = keystone.client();
            Optional<Stack> stack = stack(os, deployment);
            if (stack.isPresent()) {
                os.heat().stacks().delete(stack.get().getName(), stack.get().getId());
                Instant deadline = clock.instant().plus(STACK_TIMEOUT);
                while (stack(os, deployment).isPresent()) {
                    if (clock.instant().isAfter(deadline)) {
                        throw new ConnectorException(
                                ConnectorException.Reason.TIMEOUT,
                                "Heat did not delete stack " + stack.get().getName() + " in "
                                        + STACK_TIMEOUT.toMinutes()
                                        + " minutes; destroy again, or look at the stack's events.");
                    }
                    pause();
                }
            }
            return null;
        });
    }

    @Override
    public void close() {
        // openstack4j holds no connection beyond a call; the token simply expires
    }

    /** One action per template resource: what the stack lacks, has differently, or has and should not. */
    private Plan diff(OSClientV3 os, DeploymentUnit unit) {
        Map<String, Object> template = template(os, unit);
        new ImageAdmission(os).admit(unit);
        Map<String, Object> wanted = resources(template);
        Optional<Stack> stack = stack(os, unit.ref());
        Map<String, Object> have = stack.map(
                        s -> resources(os.heat().templates().getTemplateAsMap(s.getName(), s.getId())))
                .orElse(Map.of());
        String name = name(unit.ref());
        List<Plan.Action> actions = new ArrayList<>();
        wanted.forEach((resource, definition) -> {
            ResourceRef ref = new ResourceRef(type(definition), name, resource);
            if (!have.containsKey(resource)) {
                actions.add(new Plan.Action(Plan.Change.CREATE, ref, List.of("not in the stack")));
            } else if (!JSON.valueToTree(definition).equals(JSON.valueToTree(have.get(resource)))) {
                actions.add(new Plan.Action(
                        Plan.Change.UPDATE,
                        ref,
                        List.of("definition: stack has " + json(have.get(resource)) + ", wanted " + json(definition))));
            } else {
                actions.add(new Plan.Action(Plan.Change.UNCHANGED, ref, List.of()));
            }
        });
        have.forEach((resource, definition) -> {
            if (!wanted.containsKey(resource)) {
                actions.add(new Plan.Action(
                        Plan.Change.DELETE,
                        new ResourceRef(type(definition), name, resource),
                        List.of("no longer part of the deployment")));
            }
        });
        return new Plan(actions);
    }

    private Map<String, Object> template(OSClientV3 os, DeploymentUnit unit) {
        HeatTemplates.FlavourChoice flavours = style == HeatTemplates.Style.STAND_IN
                ? vm -> "stand-in"
                : new Flavours(os.compute().flavors().list().stream()
                        .map(f -> new Flavours.Flavour(f.getName(), f.getVcpus(), f.getRam(), f.getDisk()))
                        .toList());
        return HeatTemplates.of(unit, style, flavours);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resources(Map<String, Object> template) {
        Object resources = template.get("resources");
        return resources instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static String type(Object definition) {
        return definition instanceof Map<?, ?> map ? String.valueOf(map.get("type")) : "?";
    }

    /** One Heat resource of stack {@code name}: a failed one says what Heat could not do, and why. */
    private static Observation.ResourceStatus status(String name, org.openstack4j.model.heat.Resource r) {
        String status = String.valueOf(r.getResourceStatus());
        Observation.State state = status.endsWith("_FAILED")
                ? Observation.State.FAILED
                : status.endsWith("_IN_PROGRESS") ? Observation.State.PROGRESSING : Observation.State.READY;
        String message = state == Observation.State.FAILED
                ? "Heat could not " + status.replace("_FAILED", "").toLowerCase() + " " + r.getResourceName() + ": "
                        + r.getReason()
                : "";
        return new Observation.ResourceStatus(
                new ResourceRef(r.getType(), name, r.getResourceName()),
                workloadOf(r.getResourceName()),
                state,
                1,
                state == Observation.State.READY ? 1 : 0,
                message);
    }

    /** {@code firewall-fw.2} and {@code firewall-fw.2.port} belong to VDU firewall-fw; the network to none. */
    static String workloadOf(String resource) {
        int dot = resource.indexOf('.');
        if (dot < 0 || resource.endsWith(".sg") || HeatNetworks.isLink(resource)) {
            return "";
        }
        return resource.substring(0, dot);
    }

    private Stack settle(OSClientV3 os, DeploymentRef ref, Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        Stack stack = stack(os, ref).orElse(null);
        while (stack != null
                && stack.getStatus().endsWith("_IN_PROGRESS")
                && clock.instant().isBefore(deadline)) {
            pause();
            stack = stack(os, ref).orElse(null);
        }
        return stack;
    }

    private static Optional<Stack> stack(OSClientV3 os, DeploymentRef ref) {
        Stack stack = os.heat().stacks().getStackByName(name(ref));
        if (stack == null || "DELETE_COMPLETE".equals(stack.getStatus())) {
            return Optional.empty();
        }
        return Optional.of(os.heat().stacks().getDetails(stack.getName(), stack.getId()));
    }

    static String name(DeploymentRef ref) {
        return "chainline-" + ref.id();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a template of maps and lists always serialises", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(ConnectorException.Reason.TIMEOUT, "Interrupted while waiting for Heat.", e);
        }
    }

    private <T> T guarded(String doing, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (ConnectorException e) {
            throw e;
        } catch (AuthenticationException e) {
            throw new ConnectorException(
                    ConnectorException.Reason.UNAUTHORIZED,
                    "Could not " + doing + " " + keystone.describe() + ": Keystone rejected the credentials.",
                    e);
        } catch (OS4JException e) {
            ConnectorException.Reason reason = OpenStackFailures.classify(e)
                    .map(f -> f == ConnectionCheck.Failure.TIMEOUT
                            ? ConnectorException.Reason.TIMEOUT
                            : ConnectorException.Reason.UNREACHABLE)
                    .orElse(ConnectorException.Reason.FAILED);
            throw new ConnectorException(
                    reason, "Could not " + doing + " " + keystone.describe() + ": " + e.getMessage(), e);
        }
    }

    static String names(List<Workload> workloads) {
        return workloads.stream().map(Workload::name).collect(Collectors.joining(", "));
    }
}
