package io.chainline.console.catalog.service;

import io.chainline.connector.api.DesignFit;
import io.chainline.connector.api.Platform;
import io.chainline.connector.api.WorkloadShape;
import io.chainline.tosca.model.ComputeVdu;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VduExtensions;
import io.chainline.tosca.model.VnfDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which kinds of target can run a design, decided at design time by the installed platforms' own rules (ADR 23:
 * {@link Platform#fit}), which are the rules their connectors and placement enforce when deploying. A new platform
 * module brings its rules with it; nothing here names one.
 *
 * @param kinds every kind of place the installed platforms offer, by label, in a stable order
 * @param excluded each kind that cannot run the whole design, with the first reason
 * @param needs kinds that can, but only when the target offers something (a Kata runtime)
 * @param perVdu the kinds each VDU can run on, for designs whose VDUs go to different kinds
 */
public record TargetFit(
        List<String> kinds, Map<String, String> excluded, Map<String, String> needs, Map<String, List<String>> perVdu) {

    public static TargetFit of(VnfDescriptor descriptor, List<Platform> platforms) {
        // ordered by kind id so the line reads the same whatever order the class path found the platforms in
        List<Platform> ordered = platforms.stream()
                .sorted(Comparator.comparing(p -> p.kind().name()))
                .toList();
        Set<String> kinds = new LinkedHashSet<>();
        Map<String, String> excluded = new LinkedHashMap<>();
        Map<String, String> needs = new LinkedHashMap<>();
        Map<String, List<String>> perVdu = new LinkedHashMap<>();
        Flavour f = FlavourDraft.first(descriptor);
        for (Vdu vdu : f.vdus()) {
            List<DesignFit> answers =
                    ordered.stream().flatMap(p -> p.fit(shape(vdu)).stream()).toList();
            answers.forEach(a -> kinds.add(a.label()));
            answers.forEach(a -> a.refusal().ifPresent(why -> excluded.putIfAbsent(a.label(), why)));
            answers.forEach(a -> a.needs().ifPresent(what -> needs.putIfAbsent(a.label(), what)));
            perVdu.put(
                    vdu.node(),
                    answers.stream()
                            .filter(DesignFit::runs)
                            .map(DesignFit::label)
                            .toList());
        }
        needs.keySet().removeAll(excluded.keySet());
        return new TargetFit(List.copyOf(kinds), excluded, needs, perVdu);
    }

    /** A VDU in the words platforms decide on. */
    static WorkloadShape shape(Vdu vdu) {
        Optional<String> sandbox = vdu.extensions().isolation() == VduExtensions.Isolation.SANDBOXED
                ? Optional.of(vdu.extensions().runtimeClass().orElse("kata"))
                : Optional.empty();
        return switch (vdu) {
            case ComputeVdu vm -> WorkloadShape.vm(vm.node());
            case ContainerVdu unit ->
                WorkloadShape.containers(unit.node(), unit.containers().size(), sandbox);
        };
    }

    /** The kinds no VDU excludes. */
    public List<String> runsOn() {
        return kinds.stream().filter(k -> !excluded.containsKey(k)).toList();
    }

    /** "Runs on: Kubernetes (needs …). Not on: Swarm (…), …": one line for the designer. */
    public String line() {
        if (perVdu.isEmpty()) {
            return "Runs on: nothing yet; add a VDU.";
        }
        List<String> parts = new ArrayList<>();
        parts.add(runsOn().isEmpty() ? eachOnItsOwn() : runsOnLine());
        if (!excluded.isEmpty()) {
            parts.add("Not on: "
                    + excluded.entrySet().stream()
                            .map(e -> e.getKey() + " (" + e.getValue() + ")")
                            .collect(Collectors.joining(", "))
                    + ".");
        }
        return String.join(" ", parts);
    }

    private String runsOnLine() {
        return "Runs on: "
                + runsOn().stream()
                        .map(k -> k + (needs.containsKey(k) ? " (with " + needs.get(k) + ")" : ""))
                        .collect(Collectors.joining(", "))
                + ".";
    }

    private String eachOnItsOwn() {
        return "Runs on: no single kind of target runs every VDU; each is placed on its own ("
                + perVdu.entrySet().stream()
                        .map(e ->
                                e.getKey() + ": " + (e.getValue().isEmpty() ? "none" : String.join(", ", e.getValue())))
                        .collect(Collectors.joining("; "))
                + ").";
    }
}
