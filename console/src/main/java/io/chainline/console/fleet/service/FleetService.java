package io.chainline.console.fleet.service;

import io.chainline.connector.api.ConnectionCheck;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.Inventory;
import io.chainline.connector.api.Platform;
import io.chainline.connector.api.ResolvedAccess;
import io.chainline.connector.api.TargetAccess;
import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.fleet.domain.FleetTarget;
import io.chainline.console.fleet.domain.FleetTargetRepository;
import io.chainline.console.fleet.domain.Health;
import io.chainline.console.fleet.domain.RuntimeClassRow;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fleet: registers targets with sealed access details, tests their connections and syncs their inventories.
 * Network calls happen outside database transactions, so a slow cluster never holds a connection or a lock.
 */
@Service
public class FleetService {

    static final String TARGET = "fleet-target";
    static final Duration CHECK_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(FleetService.class);

    private final FleetTargetRepository targets;
    private final AccessVault vault;
    private final ConnectorRegistry connectors;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final TargetFaults faults;
    private final FleetLists lists;

    FleetService(
            FleetTargetRepository targets,
            AccessVault vault,
            ConnectorRegistry connectors,
            AuditLog audit,
            TransactionTemplate tx,
            Clock clock,
            TargetFaults faults,
            FleetLists lists) {
        this.targets = targets;
        this.vault = vault;
        this.connectors = connectors;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.faults = faults;
        this.lists = lists;
    }

    /** Every target, by name, in three statements ({@link FleetLists}). */
    public List<TargetSummary> list() {
        return lists.list();
    }

    public TargetSummary get(UUID id) {
        return tx.execute(s -> TargetSummary.of(load(id)));
    }

    public List<NodeView> nodes(UUID id) {
        return tx.execute(s -> load(id).getNodes().stream().map(NodeView::of).toList());
    }

    /** A target with what placement weighs: its nodes and its runtime classes (name to handler). */
    public record TargetInventory(
            TargetSummary summary,
            List<NodeView> nodes,
            Map<String, String> runtimeHandlers,
            Set<Platform.Runs> runs) {}

    /** Every target with its last inventory, for placement. */
    public List<TargetInventory> inventories() {
        return tx.execute(s -> targets.findAllByOrderByNameAsc().stream()
                .map(t -> new TargetInventory(
                        TargetSummary.of(t),
                        nodes(t.getId()),
                        t.getRuntimeClasses().stream()
                                .collect(java.util.stream.Collectors.toMap(
                                        RuntimeClassRow::getName,
                                        RuntimeClassRow::getHandler,
                                        (a, b) -> a,
                                        java.util.TreeMap::new)),
                        connectors.find(t.getKind()).map(Platform::runs).orElse(Set.of())))
                .toList());
    }

    /** A connected connector for the target; the caller closes it. Its access is opened here and goes no further. */
    public Connector connect(UUID id) {
        TargetAccess access = tx.execute(s -> access(load(id)));
        return connectors.connect(access);
    }

    public TargetSummary register(TargetRequest request, String actor) {
        String name = requireName(request);
        ResolvedAccess resolved =
                AccessForms.resolve(connectors.forRegistration(request.kind()), request, Optional.empty());
        return tx.execute(s -> {
            if (targets.existsByNameKey(FleetTarget.nameKey(name))) {
                throw new ChainlineException(
                        "FLEET-NAME-TAKEN", Category.CONFLICT, "A target named " + name + " is registered already.");
            }
            FleetTarget target = new FleetTarget(UUID.randomUUID(), request.kind(), actor, clock.instant());
            describe(target, request, resolved, actor);
            FleetTarget saved = targets.saveAndFlush(target);
            audit.record(
                    actor,
                    "target.registered",
                    TARGET,
                    saved.getId().toString(),
                    name + " (" + request.kind() + ", " + resolved.endpoint() + ")");
            return TargetSummary.of(saved);
        });
    }

    /** Changes a target; blank secrets keep the stored ones, so an edit never needs them re-entered. */
    public TargetSummary update(UUID id, long readVersion, TargetRequest request, String actor) {
        String name = requireName(request);
        return tx.execute(s -> {
            FleetTarget target = loadForChange(id, readVersion);
            if (!target.getKind().equals(request.kind())) {
                throw new ChainlineException(
                        "FLEET-KIND-FIXED",
                        Category.INVALID,
                        target.getName() + " is a " + target.getKind() + " target; register a new target for "
                                + request.kind() + ".");
            }
            if (!FleetTarget.nameKey(name).equals(FleetTarget.nameKey(target.getName()))
                    && targets.existsByNameKey(FleetTarget.nameKey(name))) {
                throw new ChainlineException(
                        "FLEET-NAME-TAKEN", Category.CONFLICT, "A target named " + name + " is registered already.");
            }
            ResolvedAccess resolved = AccessForms.resolve(
                    connectors.platform(target.getKind()),
                    request,
                    Optional.of(vault.open(target.getKind(), target.getAccessSealed())));
            describe(target, request, resolved, actor);
            audit.record(actor, "target.changed", TARGET, id.toString(), name + " (" + resolved.endpoint() + ")");
            return TargetSummary.of(targets.saveAndFlush(target));
        });
    }

    public void delete(UUID id, long readVersion, String actor) {
        tx.executeWithoutResult(s -> {
            FleetTarget target = loadForChange(id, readVersion);
            targets.delete(target);
            audit.record(actor, "target.deleted", TARGET, id.toString(), target.getName());
        });
        faults.forget(id);
    }

    /**
     * Registers a target and connects to it at once, as the fleet view does: the connection test is recorded with its
     * time and, when it passes, the inventory is read, so the target is ready for placement without another click.
     */
    public TargetSummary registerAndConnect(TargetRequest request, String actor) {
        TargetSummary registered = register(request, actor);
        ConnectionCheck check = test(registered.id(), actor);
        return check.ok() ? sync(registered.id()) : get(registered.id());
    }

    /** Tests access details before they are registered: nothing is stored. */
    public ConnectionCheck testAccess(TargetRequest request) {
        return check(AccessForms.resolve(connectors.forRegistration(request.kind()), request, Optional.empty())
                .access());
    }

    /** Tests a registered target's connection for {@code actor} and records its health; always audited. */
    public ConnectionCheck test(UUID id, String actor) {
        return test(id, actor, true);
    }

    /**
     * The background watcher's health check (ADR 29): recorded like {@link #test}, but audited only when the health
     * changes, so a check every 30 s does not bury people's changes in the audit log.
     */
    public ConnectionCheck watch(UUID id, String actor) {
        return test(id, actor, false);
    }

    private ConnectionCheck test(UUID id, String actor, boolean alwaysAudited) {
        TargetAccess access = tx.execute(s -> access(load(id)));
        ConnectionCheck check = check(access);
        Health health = check.ok() ? Health.REACHABLE : Health.UNREACHABLE;
        tx.executeWithoutResult(s -> {
            FleetTarget target = load(id);
            boolean changed = target.getHealth() != health;
            target.checked(
                    health,
                    check.failure().map(Enum::name).orElse(""),
                    check.message(),
                    check.serverVersion().orElse(""),
                    clock.instant());
            if (alwaysAudited || changed) {
                audit.record(actor, "target.tested", TARGET, id.toString(), testDetail(check));
            }
        });
        faults.observe(id);
        return check;
    }

    private static String testDetail(ConnectionCheck check) {
        return (check.ok() ? "reached: " : "failed: ")
                + check.failure().map(Enum::name).orElse(check.serverVersion().orElse(""));
    }

    /** Reads the target's nodes and runtime classes and keeps them; a failure is recorded, not thrown. */
    public TargetSummary sync(UUID id) {
        TargetAccess access = tx.execute(s -> access(load(id)));
        InventoryRead read = readInventory(id, access);
        TargetSummary synced = tx.execute(s -> {
            FleetTarget target = load(id);
            read.inventory().ifPresentOrElse(i -> synced(target, i), () -> syncFailed(target, read));
            return TargetSummary.of(targets.saveAndFlush(target));
        });
        faults.observe(id);
        return synced;
    }

    /**
     * What one inventory read gave: the inventory, or why there is none and whether the access details themselves are
     * unusable (then the target is unhealthy too, not only unsynced).
     */
    private record InventoryRead(Optional<Inventory> inventory, String failure, boolean unusable) {}

    /** Outside any transaction: the platform may take long to answer. */
    private InventoryRead readInventory(UUID id, TargetAccess access) {
        try (Connector connector = connectors.connect(access)) {
            return new InventoryRead(Optional.of(connector.inventory()), "", false);
        } catch (ConnectorException e) {
            log.warn("chainline.fleet.sync-failed target={} reason={}", id, e.reason());
            return new InventoryRead(Optional.empty(), "Inventory failed: " + e.getMessage(), false);
        } catch (RuntimeException e) {
            // access details a connector cannot even use (stored before they were checked): this target's failure
            log.warn(
                    "chainline.fleet.sync-failed target={} error={}",
                    id,
                    e.getClass().getName(),
                    e);
            return new InventoryRead(
                    Optional.empty(),
                    "Inventory failed: the access details are unusable ("
                            + e.getClass().getSimpleName() + "); change them.",
                    true);
        }
    }

    private void synced(FleetTarget target, Inventory inventory) {
        target.synced(
                InventoryRows.nodes(inventory),
                InventoryRows.runtimeClasses(inventory),
                inventory.serverVersion(),
                clock.instant());
        // the target answered: that is as good a connection test as the test itself
        int nodes = inventory.nodes().size();
        target.checked(
                Health.REACHABLE,
                "Reached " + inventory.serverVersion() + " and read its inventory (" + nodes
                        + (nodes == 1 ? " node)." : " nodes)."),
                inventory.serverVersion(),
                clock.instant());
    }

    private void syncFailed(FleetTarget target, InventoryRead read) {
        target.syncFailed(read.failure(), clock.instant());
        if (read.unusable()) {
            target.checked(
                    Health.UNREACHABLE, ConnectionCheck.Failure.BAD_ACCESS.name(), read.failure(), "", clock.instant());
        }
    }

    /**
     * Every target whose kind has a connector: what the periodic sync runs. Each target is on its own: one that fails
     * (even unexpectedly) is logged and keeps its recorded failure, and the targets after it are still synced.
     *
     * @return how many targets were synced without failing
     */
    public int syncAll() {
        int synced = 0;
        for (TargetSummary target : list()) {
            if (!connectors.kinds().contains(target.kind())) {
                continue;
            }
            try {
                if (sync(target.id()).syncMessage().isEmpty()) {
                    synced++;
                }
            } catch (RuntimeException e) {
                log.warn("chainline.fleet.sync-failed target={} error={}", target.id(), e.toString(), e);
                recordFailure(target.id(), "Sync failed (" + e.getClass().getSimpleName() + "); see the log.");
            }
        }
        return synced;
    }

    private void recordFailure(UUID id, String message) {
        try {
            tx.executeWithoutResult(s -> targets.findById(id).ifPresent(t -> {
                t.syncFailed(message, clock.instant());
                t.checked(Health.UNREACHABLE, message, "", clock.instant());
                targets.saveAndFlush(t);
            }));
            faults.observe(id);
        } catch (RuntimeException e) {
            log.warn("chainline.fleet.sync-failure-not-recorded target={} error={}", id, e.toString());
        }
    }

    private ConnectionCheck check(TargetAccess access) {
        long started = System.nanoTime();
        try {
            return connectors.factory(access.kind()).check(access, CHECK_TIMEOUT);
        } catch (ConnectorException e) {
            throw e;
        } catch (RuntimeException e) {
            // never a 500 for details the connector cannot use: a failed check naming what to change
            log.warn("chainline.fleet.check-failed kind={} error={}", access.kind(), e.toString());
            return ConnectionCheck.failed(
                    ConnectionCheck.Failure.BAD_ACCESS,
                    "The access details are unusable (" + e.getClass().getSimpleName() + "); change them.",
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private TargetAccess access(FleetTarget target) {
        return vault.open(target.getKind(), target.getAccessSealed());
    }

    private void describe(FleetTarget target, TargetRequest request, ResolvedAccess resolved, String actor) {
        target.describe(
                request.name(),
                Optional.ofNullable(request.site()).orElse("").trim(),
                Optional.ofNullable(request.region()).orElse("").trim(),
                Labels.format(request.labels()),
                resolved.endpoint(),
                vault.seal(resolved.access()),
                actor,
                clock.instant());
    }

    private static String requireName(TargetRequest request) {
        // every register and change passes here first: its labels must read back exactly as given
        Labels.requireValid(request.labels());
        String name = Optional.ofNullable(request.name()).orElse("").trim();
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}")) {
            throw new ChainlineException(
                    "FLEET-NAME",
                    Category.INVALID,
                    "Name the target with letters, digits, spaces, '.', '_' or '-' (up to 100), for example"
                            + " paris-edge-k8s.");
        }
        return name;
    }

    private FleetTarget load(UUID id) {
        return targets.findById(id)
                .orElseThrow(() -> new ChainlineException(
                        "FLEET-NOT-FOUND", Category.NOT_FOUND, "No target has the id " + id + "."));
    }

    private FleetTarget loadForChange(UUID id, long readVersion) {
        FleetTarget target = load(id);
        if (target.getVersion() != readVersion) {
            throw new ChainlineException(
                    "FLEET-CONFLICT",
                    Category.CONFLICT,
                    target.getName() + " was changed by " + target.getUpdatedBy()
                            + " after you opened it; reload it, then repeat your change.");
        }
        return target;
    }
}
