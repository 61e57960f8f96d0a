package io.chainline.console.fleet.service;

import io.chainline.connector.api.TargetKind;
import io.chainline.console.fleet.domain.FleetTarget;
import io.chainline.console.fleet.domain.FleetTargetRepository;
import io.chainline.console.fleet.domain.Health;
import io.chainline.console.fleet.domain.NodeRow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every target's health and node readiness in one query, for screens that show the whole fleet at once (the wall
 * screen): {@link FleetService#list()} reads each target's nodes and runtime classes on their own.
 */
@Service
@Transactional(readOnly = true)
public class FleetHealth {

    /** Nodes of one architecture on a target: how many are ready out of how many. */
    public record Nodes(int ready, int total) {
        public Nodes plus(Nodes other) {
            return new Nodes(ready + other.ready, total + other.total);
        }
    }

    /**
     * A target as the fleet's health shows it.
     *
     * @param site the target's site, empty when it has none
     * @param nodes per normalised architecture (amd64, arm64…), empty before the first inventory
     */
    public record TargetHealth(
            UUID id,
            String name,
            TargetKind kind,
            String site,
            Health health,
            String message,
            Optional<Instant> checkedAt,
            Map<String, Nodes> nodes) {
        public TargetHealth {
            nodes = Map.copyOf(nodes);
        }
    }

    private final FleetTargetRepository targets;

    FleetHealth(FleetTargetRepository targets) {
        this.targets = targets;
    }

    /** Every target by name, with its nodes counted per architecture. */
    public List<TargetHealth> targets() {
        return targets.findAllWithNodes().stream().map(FleetHealth::of).toList();
    }

    private static TargetHealth of(FleetTarget t) {
        Map<String, Nodes> nodes = new TreeMap<>();
        for (NodeRow n : t.getNodes()) {
            nodes.merge(n.getArchitecture(), new Nodes(n.isReady() ? 1 : 0, 1), Nodes::plus);
        }
        return new TargetHealth(
                t.getId(),
                t.getName(),
                t.getKind(),
                t.getSite() == null ? "" : t.getSite(),
                t.getHealth(),
                t.getHealthMessage(),
                t.getCheckedAt(),
                nodes);
    }
}
