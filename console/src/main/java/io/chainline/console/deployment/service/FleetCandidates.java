package io.chainline.console.deployment.service;

import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.Platform;
import io.chainline.console.fleet.domain.Health;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.placement.Candidate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Fleet targets, as their last inventory saw them, in the form placement weighs. */
final class FleetCandidates {

    private FleetCandidates() {}

    static List<Candidate> of(List<FleetService.TargetInventory> fleet) {
        return fleet.stream().map(FleetCandidates::candidate).toList();
    }

    private static Candidate candidate(FleetService.TargetInventory t) {
        boolean unreachable = t.summary().health() == Health.UNREACHABLE;
        boolean neverSynced = t.summary().syncedAt() == null || t.nodes().isEmpty();
        String note = unreachable
                ? "unreachable at its last check: " + t.summary().healthMessage()
                : "no inventory yet; sync the target under Fleet";
        Set<String> kata = t.runtimeHandlers().entrySet().stream()
                .filter(e -> e.getValue().toLowerCase(Locale.ROOT).contains("kata"))
                .map(java.util.Map.Entry::getKey)
                .collect(Collectors.toSet());
        List<Candidate.Node> nodes = t.nodes().stream()
                .map(n -> new Candidate.Node(
                        n.name(),
                        Architecture.parse(n.architecture()),
                        n.milliCpu(),
                        n.memoryBytes(),
                        n.labels(),
                        n.ready()))
                .toList();
        return new Candidate(
                t.summary().id().toString(),
                t.summary().name(),
                t.summary().kind().name().toLowerCase(Locale.ROOT),
                t.summary().labels(),
                !unreachable && !neverSynced,
                note,
                // what the platform runs, as its module says: no kind is named here (ADR 23)
                t.runs().contains(Platform.Runs.CONTAINERS),
                t.runs().contains(Platform.Runs.VIRTUAL_MACHINES),
                kata,
                nodes);
    }
}
