package io.chainline.console.fleet.service;

import io.chainline.connector.api.TargetKind;
import io.chainline.console.fleet.domain.FleetTarget;
import io.chainline.console.fleet.domain.Health;
import io.chainline.console.fleet.domain.NodeRow;
import io.chainline.console.fleet.domain.RuntimeClassRow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A target as the fleet view and the API show it: everything but its secrets, which never leave the console.
 *
 * @param nodesByArchitecture node counts per normalised architecture (amd64, arm64…)
 * @param version the optimistic-lock version a change must name
 */
public record TargetSummary(
        UUID id,
        String name,
        TargetKind kind,
        String site,
        String region,
        Map<String, String> labels,
        String endpoint,
        Health health,
        String healthMessage,
        Instant checkedAt,
        String serverVersion,
        Instant syncedAt,
        String syncMessage,
        int nodeCount,
        int readyNodes,
        Map<String, Long> nodesByArchitecture,
        long milliCpu,
        long memoryBytes,
        List<String> runtimeClasses,
        long version) {

    static TargetSummary of(FleetTarget t) {
        List<NodeRow> nodes = t.getNodes();
        return new TargetSummary(
                t.getId(),
                t.getName(),
                t.getKind(),
                t.getSite(),
                t.getRegion(),
                Labels.parse(t.getLabels()),
                t.getEndpoint(),
                t.getHealth(),
                t.getHealthMessage(),
                t.getCheckedAt().orElse(null),
                t.getServerVersion(),
                t.getSyncedAt().orElse(null),
                t.getSyncMessage(),
                nodes.size(),
                (int) nodes.stream().filter(NodeRow::isReady).count(),
                nodes.stream()
                        .collect(Collectors.groupingBy(NodeRow::getArchitecture, TreeMap::new, Collectors.counting())),
                nodes.stream().mapToLong(NodeRow::getMilliCpu).sum(),
                nodes.stream().mapToLong(NodeRow::getMemoryBytes).sum(),
                t.getRuntimeClasses().stream().map(RuntimeClassRow::getName).toList(),
                t.getVersion());
    }

    /**
     * The health as the fleet shows it, with how old it is: "reachable · tested 2 min ago", "unreachable · tested just
     * now", or "not tested" before the first test or inventory.
     */
    public String healthLabel(Instant now) {
        String word = switch (health) {
            case REACHABLE -> "reachable";
            case UNREACHABLE -> "unreachable";
            case UNKNOWN -> "not tested";
        };
        return health == Health.UNKNOWN || checkedAt == null ? word : word + " · tested " + ago(checkedAt, now);
    }

    /** "just now", "5 min ago", "3 h ago", "2 d ago". */
    static String ago(Instant then, Instant now) {
        long seconds = Math.max(0, java.time.Duration.between(then, now).toSeconds());
        if (seconds < 60) {
            return "just now";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min ago";
        }
        return seconds < 86_400 ? seconds / 3600 + " h ago" : seconds / 86_400 + " d ago";
    }

    /** {@code amd64 2 · arm64 1}, or "not synced" before the first inventory. */
    public String architectureCounts() {
        return nodesByArchitecture.isEmpty()
                ? "not synced"
                : nodesByArchitecture.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(" · "));
    }

    /** {@code 11.4 CPU · 45 GiB}: allocatable capacity over all nodes. */
    public String capacity() {
        return nodeCount == 0
                ? ""
                : String.format(java.util.Locale.ROOT, "%.1f CPU · %d GiB", milliCpu / 1000.0, memoryBytes >> 30);
    }
}
