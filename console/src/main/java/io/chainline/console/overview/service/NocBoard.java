package io.chainline.console.overview.service;

import io.chainline.console.alarm.domain.AckState;
import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.deployment.service.DeploymentDigest;
import io.chainline.console.deployment.service.DeploymentDigest.DeploymentLine;
import io.chainline.console.deployment.service.DeploymentViews.JobSummary;
import io.chainline.console.fleet.service.FleetHealth;
import io.chainline.console.fleet.service.FleetHealth.Nodes;
import io.chainline.console.fleet.service.FleetHealth.TargetHealth;
import io.chainline.console.maintenance.service.WindowService;
import io.chainline.console.overview.service.NocSnapshot.AlarmLine;
import io.chainline.console.overview.service.NocSnapshot.Condition;
import io.chainline.console.overview.service.NocSnapshot.DeploymentStatus;
import io.chainline.console.overview.service.NocSnapshot.RunningJob;
import io.chainline.console.overview.service.NocSnapshot.Site;
import io.chainline.console.overview.service.NocSnapshot.WindowLine;
import io.chainline.console.schedule.service.UpcomingRuns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Assembles the wall screen's {@link NocSnapshot} in a fixed number of queries whatever the size of the network (one
 * each for targets with their nodes, deployments, unfinished jobs and their steps, active alarms, windows and
 * schedules); everything else is joined in memory, so 1,000 alarms cost one query, not one per alarm.
 */
@Service
public class NocBoard {

    /** How many alarms the board lists (the counts cover all of them). */
    public static final int TOP_ALARMS = 8;

    /** How many window occurrences and scheduled runs it lists, and how far ahead it looks for windows. */
    static final int UPCOMING = 5;

    static final Duration WINDOW_HORIZON = Duration.ofDays(7);

    private final AlarmQueries alarms;
    private final DeploymentDigest deployments;
    private final FleetHealth fleet;
    private final WindowService windows;
    private final UpcomingRuns runs;
    private final Clock clock;

    NocBoard(
            AlarmQueries alarms,
            DeploymentDigest deployments,
            FleetHealth fleet,
            WindowService windows,
            UpcomingRuns runs,
            Clock clock) {
        this.alarms = alarms;
        this.deployments = deployments;
        this.fleet = fleet;
        this.windows = windows;
        this.runs = runs;
        this.clock = clock;
    }

    /** Everything the wall screen shows, read now. */
    public NocSnapshot snapshot() {
        Instant now = clock.instant();
        List<TargetHealth> targets = fleet.targets();
        Map<UUID, TargetHealth> targetsById = index(targets, TargetHealth::id);
        Map<UUID, DeploymentLine> byId = index(deployments.deployments(), DeploymentLine::id);
        List<JobSummary> open = deployments.unfinishedJobs();
        List<AlarmLine> active = alarms.active().stream()
                .map(a -> line(a, byId, targetsById))
                .sorted(NocOrder.ALARMS)
                .toList();
        return new NocSnapshot(
                now,
                sites(targets),
                alarmBoard(active),
                deploymentBoard(byId.values(), active, open),
                open.stream()
                        .map(j -> new RunningJob(
                                j,
                                Optional.ofNullable(byId.get(j.deploymentId()))
                                        .map(DeploymentLine::name)
                                        .orElse("")))
                        .toList(),
                windows(now),
                runs.next(UPCOMING));
    }

    private static <T> Map<UUID, T> index(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, HashMap::new));
    }

    /** Sites by name, the targets without one last. */
    static List<Site> sites(List<TargetHealth> targets) {
        Map<String, List<TargetHealth>> bySite = targets.stream()
                .collect(Collectors.groupingBy(
                        t -> t.site().isBlank() ? NocSnapshot.NO_SITE : t.site().strip(),
                        TreeMap::new,
                        Collectors.toList()));
        return bySite.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<TargetHealth>> e) ->
                                e.getKey().equals(NocSnapshot.NO_SITE))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new Site(e.getKey(), e.getValue(), nodes(e.getValue())))
                .toList();
    }

    private static Map<String, Nodes> nodes(List<TargetHealth> targets) {
        Map<String, Nodes> nodes = new TreeMap<>();
        targets.forEach(t -> t.nodes().forEach((arch, n) -> nodes.merge(arch, n, Nodes::plus)));
        return nodes;
    }

    private static AlarmLine line(Alarm a, Map<UUID, DeploymentLine> deployments, Map<UUID, TargetHealth> targets) {
        Fault.ManagedObject object = a.getManagedObject();
        Fault.Resource resource = a.getResource();
        Optional<UUID> targetId = Optional.ofNullable(resource.targetId())
                .or(() ->
                        object.kind() == Fault.ManagedObject.Kind.TARGET ? Optional.of(object.id()) : Optional.empty());
        Optional<TargetHealth> target = targetId.map(targets::get);
        return new AlarmLine(
                a.getId(),
                a.getSeverity(),
                a.getRaisedAt(),
                a.getProbableCause(),
                a.getFaultDetails(),
                object,
                resource,
                object.kind() == Fault.ManagedObject.Kind.DEPLOYMENT && deployments.containsKey(object.id())
                        ? deployments.get(object.id()).chainName()
                        : "",
                targetId,
                target.map(TargetHealth::name).orElse(""),
                target.map(TargetHealth::site).orElse(""),
                a.getAckState() == AckState.ACKNOWLEDGED);
    }

    static NocSnapshot.Alarms alarmBoard(List<AlarmLine> active) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            if (s != Severity.CLEARED) {
                counts.put(s, 0L);
            }
        }
        active.forEach(a -> counts.merge(a.severity(), 1L, Long::sum));
        // the headline is the newest of the worst: a Minor drift raised a moment after the Major outage it follows
        // must not take the wall screen's headline from it
        Optional<AlarmLine> latest = active.stream()
                .min(Comparator.comparing(AlarmLine::severity)
                        .thenComparing(AlarmLine::raisedAt, Comparator.reverseOrder())
                        .thenComparing(AlarmLine::id));
        return new NocSnapshot.Alarms(
                counts, active.size(), active.stream().limit(TOP_ALARMS).toList(), latest);
    }

    static NocSnapshot.Deployments deploymentBoard(
            java.util.Collection<DeploymentLine> lines, List<AlarmLine> active, List<JobSummary> open) {
        Map<UUID, Severity> worst = new HashMap<>();
        active.forEach(a ->
                a.deploymentId().ifPresent(id -> worst.merge(id, a.severity(), (x, y) -> x.worseThan(y) ? x : y)));
        Set<UUID> busy = open.stream().map(JobSummary::deploymentId).collect(Collectors.toSet());
        List<DeploymentStatus> all = lines.stream()
                .map(l -> {
                    Optional<Severity> w = Optional.ofNullable(worst.get(l.id()));
                    return new DeploymentStatus(l, NocOrder.condition(l.state(), w, busy.contains(l.id())), w);
                })
                .sorted(NocOrder.DEPLOYMENTS)
                .toList();
        Map<Condition, Long> counts = new EnumMap<>(Condition.class);
        for (Condition c : Condition.values()) {
            counts.put(c, 0L);
        }
        all.forEach(d -> counts.merge(d.condition(), 1L, Long::sum));
        return new NocSnapshot.Deployments(counts, all);
    }

    private List<WindowLine> windows(Instant now) {
        return windows.calendar().occurrences(now, now.plus(WINDOW_HORIZON)).stream()
                .map(o -> new WindowLine(
                        o.window().name(),
                        o.window().kind(),
                        o.start(),
                        o.end(),
                        !o.start().isAfter(now) && o.end().isAfter(now)))
                .sorted(NocOrder.WINDOWS)
                .limit(UPCOMING)
                .toList();
    }
}
