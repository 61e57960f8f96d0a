package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Observation;
import io.chainline.connector.api.Observation.State;
import io.chainline.connector.api.ResourceRef;
import io.chainline.connector.api.Workload;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.Fault.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** From a desired unit and what the target says to the faults an operator sees. */
class LiveFaultsTest {

    private static final UUID DEPLOYMENT = UUID.randomUUID();
    private static final UUID TARGET = UUID.randomUUID();
    private static final LiveFaults.Subject SUBJECT = new LiveFaults.Subject(DEPLOYMENT, "vcpe-1", TARGET, "lab");

    private static Workload workload(String nf, int replicas) {
        return new Workload(
                nf,
                "main",
                false,
                replicas,
                List.of(new Workload.ContainerSpec(
                        "main",
                        "echo@sha256:ab",
                        100,
                        200,
                        1,
                        2,
                        Map.of(),
                        List.of(),
                        Optional.empty(),
                        Optional.empty())),
                Optional.empty(),
                Workload.Isolation.SHARED_KERNEL,
                Optional.empty(),
                Set.of(Architecture.AMD64),
                false,
                List.of(),
                Map.of());
    }

    private static DeploymentUnit unit(Workload... workloads) {
        return new DeploymentUnit(DeploymentRef.of("vcpe-1"), List.of(workloads), List.of(), List.of());
    }

    private static Observation.ResourceStatus container(String workload, int n, State state, String message) {
        return new Observation.ResourceStatus(
                new ResourceRef("container", "", "chainline-vcpe-1-" + workload + "-" + n),
                workload,
                state,
                1,
                state == State.READY ? 1 : 0,
                message);
    }

    private static Observation.ResourceStatus deployment(String workload, State state, String message) {
        return new Observation.ResourceStatus(
                new ResourceRef("Deployment", "ns", workload), workload, state, 1, 0, message);
    }

    private static List<Fault> faults(DeploymentUnit unit, Observation seen) {
        return LiveFaults.of(SUBJECT, unit, seen, w -> true);
    }

    @Test
    void aWorkloadDeletedOutOfBandIsMissingAndMajorOnItsWorkloadAndTarget() {
        Observation seen = new Observation(List.of(container("router-main", 1, State.READY, "")), List.of());

        List<Fault> faults = faults(unit(workload("firewall", 1), workload("router", 1)), seen);

        assertThat(faults).singleElement().satisfies(f -> {
            assertThat(f.cause()).isEqualTo("workload-missing:firewall-main");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.probableCause()).isEqualTo("Workload missing");
            assertThat(f.object()).isEqualTo(Fault.ManagedObject.deployment(DEPLOYMENT, "vcpe-1"));
            assertThat(f.resource()).isEqualTo(Fault.Resource.workload("firewall-main", "firewall", TARGET));
            assertThat(f.details()).contains("reconcile");
        });
    }

    @Test
    void oneOfTwoInstancesGoneIsMissingToo() {
        Observation seen = new Observation(List.of(container("firewall-main", 1, State.READY, "")), List.of());

        assertThat(faults(unit(workload("firewall", 2)), seen))
                .singleElement()
                .satisfies(f -> assertThat(f.details()).startsWith("Only 1 of 2 instances"));
    }

    @Test
    void aCrashLoopCarriesTheReasonAndExitCode() {
        Observation seen = new Observation(
                List.of(container(
                        "firewall-main",
                        1,
                        State.FAILED,
                        "Container chainline-vcpe-1-firewall-main-1 is not running: it is restarting, exit code 3.")),
                List.of());

        assertThat(faults(unit(workload("firewall", 1), workload("router", 0)), seen))
                .filteredOn(f -> f.severity() == Severity.MAJOR)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.cause()).isEqualTo("crash-loop:firewall-main");
                    assertThat(f.probableCause()).isEqualTo("Crash loop");
                    assertThat(f.details()).contains("restarting").contains("exit code 3");
                });
    }

    @Test
    void kubernetesCrashLoopBackOffImagePullAndUnschedulableAreNamedInOperatorWords() {
        Observation seen = new Observation(
                List.of(
                        deployment("a-main", State.FAILED, "Container main keeps crashing (CrashLoopBackOff)"),
                        deployment("b-main", State.PROGRESSING, "The image x cannot be pulled: ErrImagePull"),
                        deployment("c-main", State.PROGRESSING, "No node can run it: 0/3 nodes, Unschedulable")),
                List.of(new Observation.Event(
                        Instant.EPOCH, new ResourceRef("Pod", "ns", "a-main-x1"), true, "BackOff", "restarting")));

        List<Fault> faults = faults(unit(workload("a", 1), workload("b", 1), workload("c", 1)), seen);

        assertThat(faults)
                .extracting(Fault::probableCause)
                .containsExactly("Crash loop", "Image pull failing", "Cannot be scheduled", "Deployment down");
        assertThat(faults.get(1).eventType()).isEqualTo(Fault.EventType.COMMUNICATIONS_ALARM);
        assertThat(faults.get(0).details()).contains("CrashLoopBackOff").contains("BackOff: restarting");
    }

    @Test
    void everyWorkloadDownIsCriticalOnTheDeployment() {
        Observation seen = new Observation(List.of(), List.of());

        List<Fault> faults = faults(unit(workload("firewall", 1), workload("router", 1)), seen);

        assertThat(faults).hasSize(3);
        assertThat(faults.getLast()).satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.resource().kind()).isEqualTo(Fault.Resource.Kind.DEPLOYMENT);
            assertThat(f.resource().targetId()).isEqualTo(TARGET);
        });
    }

    @Test
    void aWorkloadScaledToZeroRaisesNothing() {
        Observation seen = new Observation(List.of(container("router-main", 1, State.READY, "")), List.of());

        assertThat(faults(unit(workload("firewall", 0), workload("router", 1)), seen))
                .isEmpty();
    }

    @Test
    void everythingReadyRaisesNothing() {
        Observation seen = new Observation(
                List.of(container("firewall-main", 1, State.READY, ""), container("router-main", 1, State.READY, "")),
                List.of());

        assertThat(faults(unit(workload("firewall", 1), workload("router", 1)), seen))
                .isEmpty();
    }

    @Test
    void notReadyIsMinorOnlyPastItsGrace() {
        Observation seen = new Observation(
                List.of(container("firewall-main", 1, State.PROGRESSING, "has just started")), List.of());
        DeploymentUnit unit = unit(workload("firewall", 1));
        NotReadyGrace grace = new NotReadyGrace(java.time.Duration.ofSeconds(60));
        Instant t0 = Instant.parse("2026-12-05T01:00:00Z");

        assertThat(LiveFaults.of(SUBJECT, unit, seen, grace.round("s", t0))).isEmpty();
        assertThat(LiveFaults.of(SUBJECT, unit, seen, grace.round("s", t0.plusSeconds(59))))
                .isEmpty();
        assertThat(LiveFaults.of(SUBJECT, unit, seen, grace.round("s", t0.plusSeconds(60))))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.MINOR);
                    assertThat(f.probableCause()).isEqualTo("Not ready");
                });
    }

    @Test
    void aWorkloadReadyAgainStartsItsGraceAfresh() {
        NotReadyGrace grace = new NotReadyGrace(java.time.Duration.ofSeconds(60));
        Instant t0 = Instant.parse("2026-12-05T01:00:00Z");
        assertThat(grace.round("s", t0).test("fw")).isFalse();
        NotReadyGrace.Round ready = grace.round("s", t0.plusSeconds(30));
        ready.done(); // fw was not asked about: ready again

        assertThat(grace.round("s", t0.plusSeconds(70)).test("fw")).isFalse();
    }

    @Test
    void driftIsOneMinorFaultPerTargetWithTheFirstDifferences() {
        UUID other = UUID.randomUUID();
        List<DriftService.DriftItem> drift = List.of(
                new DriftService.DriftItem(TARGET, "lab", "CREATE", "container x-1", List.of("not on the host"), "k1"),
                new DriftService.DriftItem(TARGET, "lab", "UPDATE", "container y-1", List.of("spec"), "k2"),
                new DriftService.DriftItem(other, "far", "CREATE", "container z-1", List.of(), "k3"));

        assertThat(DriftFaults.of(DEPLOYMENT, "vcpe-1", TARGET, drift))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.MINOR);
                    assertThat(f.probableCause()).isEqualTo("Drift: 2 resources differ from the design");
                    assertThat(f.details())
                            .contains("container x-1")
                            .contains("container y-1")
                            .doesNotContain("z-1");
                });
        assertThat(DriftFaults.of(DEPLOYMENT, "vcpe-1", UUID.randomUUID(), drift))
                .isEmpty();
    }
}
