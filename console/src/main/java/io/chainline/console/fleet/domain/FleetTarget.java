package io.chainline.console.fleet.domain;

import io.chainline.connector.api.TargetKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;

/**
 * A registered target. Its access details (kubeconfig, token, password, keys) exist here only sealed; what is shown
 * is the endpoint, which holds no secret. What tests and syncs record (health, inventory) is excluded from the
 * optimistic lock: a periodic sync must not turn an admin's edit into a conflict.
 */
@Entity
@Table(name = "fleet_target")
public class FleetTarget {

    @Id
    private UUID id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "name_key", nullable = false, length = 100)
    private String nameKey;

    /** The kind's id: data checked against the installed platforms when registered, not an enum (V011, ADR 23). */
    @Column(nullable = false, length = 32)
    private String kind;

    @Column(nullable = false, length = 100)
    private String site;

    @Column(nullable = false, length = 100)
    private String region;

    @Column(nullable = false, length = 2000)
    private String labels;

    @Column(nullable = false, length = 500)
    private String endpoint;

    @OptimisticLock(excluded = true)
    @Column(name = "access_sealed", nullable = false, length = 200000)
    private String accessSealed;

    @OptimisticLock(excluded = true)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Health health = Health.UNKNOWN;

    @OptimisticLock(excluded = true)
    @Column(name = "health_message", nullable = false, length = 2000)
    private String healthMessage = "";

    /** The class of the last failed check ({@code ConnectionCheck.Failure}), empty when it passed. */
    @OptimisticLock(excluded = true)
    @Column(name = "check_failure", nullable = false, length = 20)
    private String checkFailure = "";

    /** Nodes an earlier inventory had and the latest lacks, comma-separated: a node gone is an alarm until it is back. */
    @OptimisticLock(excluded = true)
    @Column(name = "nodes_gone", nullable = false, length = 4000)
    private String nodesGone = "";

    @OptimisticLock(excluded = true)
    @Column(name = "checked_at")
    private Instant checkedAt;

    @OptimisticLock(excluded = true)
    @Column(name = "server_version", nullable = false, length = 200)
    private String serverVersion = "";

    @OptimisticLock(excluded = true)
    @Column(name = "synced_at")
    private Instant syncedAt;

    @OptimisticLock(excluded = true)
    @Column(name = "sync_message", nullable = false, length = 2000)
    private String syncMessage = "";

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "fleet_node", joinColumns = @JoinColumn(name = "target_id"))
    @OrderColumn(name = "position")
    private List<NodeRow> nodes = new ArrayList<>();

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "fleet_runtime_class", joinColumns = @JoinColumn(name = "target_id"))
    @OrderColumn(name = "position")
    private List<RuntimeClassRow> runtimeClasses = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Version
    private long version;

    protected FleetTarget() {}

    public FleetTarget(UUID id, TargetKind kind, String actor, Instant now) {
        this.id = id;
        this.kind = kind.name();
        this.createdBy = actor;
        this.createdAt = now;
    }

    public static String nameKey(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    public void describe(
            String name,
            String site,
            String region,
            String labels,
            String endpoint,
            String accessSealed,
            String actor,
            Instant now) {
        this.name = name.trim();
        this.nameKey = nameKey(name);
        this.site = site;
        this.region = region;
        this.labels = labels;
        this.endpoint = endpoint;
        this.accessSealed = accessSealed;
        // an operator's change accepts the nodes the target has now: nodes gone before it stop alarming
        this.nodesGone = "";
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    /** The same access details sealed anew (a key rotation): not a change anyone made, so no version bump. */
    public void reseal(String accessSealed) {
        this.accessSealed = accessSealed;
    }

    public void checked(Health health, String message, String serverVersion, Instant at) {
        checked(health, health == Health.REACHABLE ? "" : "OTHER", message, serverVersion, at);
    }

    /** A check's outcome with its class of failure ({@code ConnectionCheck.Failure} name, empty when reached). */
    public void checked(Health health, String failure, String message, String serverVersion, Instant at) {
        this.checkFailure = health == Health.REACHABLE ? "" : failure;
        this.health = health;
        this.healthMessage = clip(message);
        if (!serverVersion.isEmpty()) {
            this.serverVersion = clip(serverVersion);
        }
        this.checkedAt = at;
    }

    public void synced(List<NodeRow> nodes, List<RuntimeClassRow> runtimeClasses, String serverVersion, Instant at) {
        java.util.Set<String> gone = new java.util.TreeSet<>(getNodesGone());
        this.nodes.forEach(n -> gone.add(n.getName()));
        nodes.forEach(n -> gone.remove(n.getName()));
        String joined = String.join(",", gone);
        this.nodesGone = joined.length() <= 4000 ? joined : joined.substring(0, joined.lastIndexOf(',', 4000));
        this.nodes.clear();
        this.nodes.addAll(nodes);
        this.runtimeClasses.clear();
        this.runtimeClasses.addAll(runtimeClasses);
        this.serverVersion = clip(serverVersion);
        this.syncedAt = at;
        this.syncMessage = "";
    }

    public void syncFailed(String message, Instant at) {
        this.syncMessage = clip(message);
        this.syncedAt = at;
    }

    private static String clip(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    public String getCheckFailure() {
        return checkFailure;
    }

    /** Nodes an earlier inventory had and the latest lacks (until they return or an operator changes the target). */
    public List<String> getNodesGone() {
        return nodesGone.isEmpty() ? List.of() : List.of(nodesGone.split(","));
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public TargetKind getKind() {
        return TargetKind.of(kind);
    }

    public String getSite() {
        return site;
    }

    public String getRegion() {
        return region;
    }

    public String getLabels() {
        return labels;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public String getAccessSealed() {
        return accessSealed;
    }

    public Health getHealth() {
        return health;
    }

    public String getHealthMessage() {
        return healthMessage;
    }

    public Optional<Instant> getCheckedAt() {
        return Optional.ofNullable(checkedAt);
    }

    public String getServerVersion() {
        return serverVersion;
    }

    public Optional<Instant> getSyncedAt() {
        return Optional.ofNullable(syncedAt);
    }

    public String getSyncMessage() {
        return syncMessage;
    }

    public List<NodeRow> getNodes() {
        return List.copyOf(nodes);
    }

    public List<RuntimeClassRow> getRuntimeClasses() {
        return List.copyOf(runtimeClasses);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
