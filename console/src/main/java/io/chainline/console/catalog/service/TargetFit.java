package io.chainline.console.catalog.service;

import io.chainline.tosca.model.ComputeVdu;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VduExtensions;
import io.chainline.tosca.model.VnfDescriptor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which kinds of target can run a design, decided at design time by the rules the deployment side enforces later:
 * placement sends VMs only to OpenStack and containers only to container targets ({@code FleetCandidates}); a Docker
 * engine runs one container per VDU instance and a Swarm service cannot choose an OCI runtime ({@code EngineFacts} of
 * the Docker connector); a sandboxed VDU needs a target offering its Kata runtime class ({@code Checks} in placement).
 *
 * @param excluded each kind that cannot run the whole design, with the first reason
 * @param needs kinds that can, but only when the target offers something (a Kata runtime)
 * @param perVdu the kinds each VDU can run on, for designs whose VDUs go to different kinds
 */
public record TargetFit(Map<Kind, String> excluded, Map<Kind, String> needs, Map<String, List<Kind>> perVdu) {

    public enum Kind {
        DOCKER_HOST("Docker host"),
        SWARM("Swarm"),
        KUBERNETES("Kubernetes"),
        OPENSTACK("OpenStack");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static TargetFit of(VnfDescriptor descriptor) {
        Flavour f = FlavourDraft.first(descriptor);
        Map<Kind, String> excluded = new EnumMap<>(Kind.class);
        Map<Kind, String> needs = new EnumMap<>(Kind.class);
        Map<String, List<Kind>> perVdu = new LinkedHashMap<>();
        for (Vdu vdu : f.vdus()) {
            Map<Kind, String> mine = exclusions(vdu);
            mine.forEach(excluded::putIfAbsent);
            perVdu.put(
                    vdu.node(),
                    List.of(Kind.values()).stream()
                            .filter(k -> !mine.containsKey(k))
                            .toList());
            if (vdu.extensions().isolation() == VduExtensions.Isolation.SANDBOXED) {
                String runtime = vdu.extensions().runtimeClass().orElse("kata");
                needs.putIfAbsent(Kind.KUBERNETES, "the " + runtime + " runtime class");
                needs.putIfAbsent(Kind.DOCKER_HOST, "Kata registered as runtime " + runtime);
            }
        }
        needs.keySet().removeAll(excluded.keySet());
        return new TargetFit(excluded, needs, perVdu);
    }

    /** The kinds no VDU excludes. */
    public List<Kind> runsOn() {
        return List.of(Kind.values()).stream()
                .filter(k -> !excluded.containsKey(k))
                .toList();
    }

    /** Why a VDU cannot run on a kind: the rules the connectors and placement apply. */
    static Map<Kind, String> exclusions(Vdu vdu) {
        Map<Kind, String> reasons = new EnumMap<>(Kind.class);
        String name = "VDU " + vdu.node();
        switch (vdu) {
            case ComputeVdu vm -> {
                reasons.put(Kind.DOCKER_HOST, name + " is a VM; Docker hosts run containers");
                reasons.put(Kind.SWARM, name + " is a VM; Swarm runs containers");
                reasons.put(Kind.KUBERNETES, name + " is a VM; Kubernetes targets run containers");
            }
            case ContainerVdu unit -> {
                reasons.put(Kind.OPENSTACK, name + " is a container VDU; OpenStack targets run VM images");
                if (unit.containers().size() > 1) {
                    String why = name + " has " + unit.containers().size()
                            + " containers; a Docker target runs one container per VDU instance";
                    reasons.put(Kind.DOCKER_HOST, why);
                    reasons.put(Kind.SWARM, why);
                }
                if (vdu.extensions().isolation() == VduExtensions.Isolation.SANDBOXED) {
                    reasons.putIfAbsent(
                            Kind.SWARM, name + " is sandboxed (Kata); Swarm services cannot choose an OCI runtime");
                }
            }
        }
        return reasons;
    }

    /** "Runs on: Kubernetes (needs …). Not on: Swarm (…), …": one line for the designer. */
    public String line() {
        if (perVdu.isEmpty()) {
            return "Runs on: nothing yet; add a VDU.";
        }
        List<String> parts = new ArrayList<>();
        if (runsOn().isEmpty()) {
            parts.add("Runs on: no single kind of target runs every VDU; each is placed on its own ("
                    + perVdu.entrySet().stream()
                            .map(e -> e.getKey() + ": "
                                    + (e.getValue().isEmpty()
                                            ? "none"
                                            : e.getValue().stream()
                                                    .map(Kind::label)
                                                    .collect(Collectors.joining(", "))))
                            .collect(Collectors.joining("; "))
                    + ").");
        } else {
            parts.add("Runs on: "
                    + runsOn().stream()
                            .map(k -> k.label() + (needs.containsKey(k) ? " (with " + needs.get(k) + ")" : ""))
                            .collect(Collectors.joining(", "))
                    + ".");
        }
        if (!excluded.isEmpty()) {
            parts.add("Not on: "
                    + excluded.entrySet().stream()
                            .map(e -> e.getKey().label() + " (" + e.getValue() + ")")
                            .collect(Collectors.joining(", "))
                    + ".");
        }
        return String.join(" ", parts);
    }
}
