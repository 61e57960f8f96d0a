package io.chainline.console.fleet.service;

import io.chainline.connector.api.ConnectionCheck;
import io.chainline.connector.api.TargetAccess;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.base.service.FaultReports;
import io.chainline.console.fleet.domain.FleetTarget;
import io.chainline.console.fleet.domain.FleetTargetRepository;
import io.chainline.console.fleet.domain.Health;
import io.chainline.console.fleet.domain.NodeRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The target source of alarms (scope {@code ("target", targetId)}, root causes by ADR 28): whenever a target's health
 * is recorded (a test, a sync, a registration) one report carries everything wrong with it now: unreachable or
 * credentials rejected, certificates in its access details expiring within {@value #TLS_WARNING_DAYS} days, nodes gone
 * or not ready. One scope, so the report merges them: reporting them apart would clear each other.
 */
@Component
public class TargetFaults {

    static final String SOURCE = "target";
    static final int TLS_WARNING_DAYS = 14;
    static final int TLS_MAJOR_DAYS = 3;
    private static final Set<String> CREDENTIALS =
            Set.of(ConnectionCheck.Failure.UNAUTHORIZED.name(), ConnectionCheck.Failure.FORBIDDEN.name());
    private static final Logger log = LoggerFactory.getLogger(TargetFaults.class);

    private final FleetTargetRepository targets;
    private final ConnectorRegistry connectors;
    private final AccessVault vault;
    private final FaultReports faults;
    private final TransactionTemplate tx;
    private final Clock clock;

    TargetFaults(
            FleetTargetRepository targets,
            ConnectorRegistry connectors,
            AccessVault vault,
            FaultReports faults,
            TransactionTemplate tx,
            Clock clock) {
        this.targets = targets;
        this.connectors = connectors;
        this.vault = vault;
        this.faults = faults;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Reports what is wrong with the target as recorded now, with the certificates in its access details. Never throws: a
     * test or sync must not fail because an alarm could not be written (the next check reports again).
     */
    void observe(UUID id) {
        try {
            Instant now = clock.instant();
            Optional<List<Fault>> current = tx.execute(s -> targets.findById(id).map(t -> {
                TargetAccess access = vault.open(t.getKind(), t.getAccessSealed());
                return faults(
                        t,
                        TargetCertificates.in(connectors.platform(access.kind()).encode(access)),
                        now);
            }));
            // a target removed meanwhile was forgotten by its removal
            current.ifPresent(f -> faults.report(scope(id), f));
        } catch (RuntimeException e) {
            log.warn("chainline.fleet.alarm-not-reported target={} error={}", id, e.toString(), e);
        }
    }

    /** The target is removed: its alarms clear. After the removal committed, so it never throws. */
    void forget(UUID id) {
        try {
            faults.forget(scope(id));
        } catch (RuntimeException e) {
            log.warn("chainline.fleet.alarm-not-cleared target={} error={}", id, e.toString(), e);
        }
    }

    static FaultScope scope(UUID id) {
        return FaultScope.of(SOURCE, id);
    }

    /** Everything wrong with {@code target} now: reachability, certificates, nodes. */
    static List<Fault> faults(FleetTarget target, List<TargetCertificates.Seen> certificates, Instant now) {
        List<Fault> current = new ArrayList<>();
        reachability(target).ifPresent(current::add);
        certificates.forEach(c -> expiry(target, c, now).ifPresent(current::add));
        current.addAll(nodes(target));
        return current;
    }

    static Optional<Fault> reachability(FleetTarget target) {
        if (target.getHealth() != Health.UNREACHABLE) {
            return Optional.empty();
        }
        boolean credentials = CREDENTIALS.contains(target.getCheckFailure());
        return Optional.of(new Fault(
                credentials ? "credentials-rejected" : "unreachable",
                object(target),
                Fault.Resource.target(target.getId(), target.getName()),
                Fault.Severity.CRITICAL,
                Fault.EventType.COMMUNICATIONS_ALARM,
                credentials ? "Credentials rejected" : "Target unreachable",
                target.getHealthMessage()));
    }

    /** A certificate that expires within 14 days: MAJOR at 3 days or less (or expired), MINOR before. */
    static Optional<Fault> expiry(FleetTarget target, TargetCertificates.Seen seen, Instant now) {
        Instant notAfter = seen.certificate().getNotAfter().toInstant();
        Duration left = Duration.between(now, notAfter);
        if (left.compareTo(Duration.ofDays(TLS_WARNING_DAYS)) > 0) {
            return Optional.empty();
        }
        boolean expired = left.isNegative() || left.isZero();
        String when = expired
                ? "expired on " + notAfter.truncatedTo(ChronoUnit.SECONDS)
                : "expires on " + notAfter.truncatedTo(ChronoUnit.SECONDS) + " (in " + days(left) + ")";
        return Optional.of(new Fault(
                "tls:" + seen.field() + ":"
                        + seen.certificate().getSerialNumber().toString(16),
                object(target),
                Fault.Resource.target(target.getId(), target.getName()),
                left.compareTo(Duration.ofDays(TLS_MAJOR_DAYS)) <= 0 ? Fault.Severity.MAJOR : Fault.Severity.MINOR,
                Fault.EventType.COMMUNICATIONS_ALARM,
                expired ? "Certificate expired" : "Certificate expiring",
                "The certificate " + seen.subject() + " (" + seen.field() + ") " + when
                        + ". Renew it and change the target's access details."));
    }

    /** Nodes an earlier inventory had that the latest lacks, and nodes the latest reports not ready. */
    static List<Fault> nodes(FleetTarget target) {
        List<Fault> current = new ArrayList<>();
        for (String gone : target.getNodesGone()) {
            current.add(node(target, gone, "Node gone", "is no longer in " + target.getName() + "'s inventory"));
        }
        for (NodeRow node : target.getNodes()) {
            if (!node.isReady()) {
                current.add(node(target, node.getName(), "Node not ready", "reports not ready"));
            }
        }
        return current;
    }

    private static Fault node(FleetTarget target, String node, String probableCause, String what) {
        return new Fault(
                "node:" + node,
                object(target),
                new Fault.Resource(Fault.Resource.Kind.NODE, node, "", target.getId()),
                Fault.Severity.MAJOR,
                Fault.EventType.EQUIPMENT_ALARM,
                probableCause,
                "The node " + node + " " + what + " (as of the last inventory).");
    }

    private static Fault.ManagedObject object(FleetTarget target) {
        return Fault.ManagedObject.target(target.getId(), target.getName());
    }

    private static String days(Duration left) {
        long days = left.toDays();
        return days >= 1 ? days + (days == 1 ? " day" : " days") : left.toHours() + " h";
    }
}
