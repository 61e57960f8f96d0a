package io.chainline.connector.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.connector.api.ApplyResult;
import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.ConnectionCheck;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Inventory;
import io.chainline.connector.api.Observation;
import io.chainline.connector.api.Plan;
import io.chainline.connector.api.Workload;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The connector contract, as tests: every platform's integration test extends this class and supplies a connected
 * {@link Connector} and a few platform-specific moves (an out-of-band change, a foreign resource, a failure). What
 * passes here holds for every target kind the console deploys to.
 */
public abstract class ConnectorContract {

    private final List<DeploymentRef> used = new ArrayList<>();

    /** The connector under test, connected to a target this test may change. */
    protected abstract Connector connector();

    /** A unit this target can run: at least two NFs, traffic flowing from the first to the second. */
    protected abstract DeploymentUnit sample(DeploymentRef ref);

    /** Changes one resource the deployment owns behind Chainline's back (scales it, edits it). */
    protected abstract void changeOutOfBand(DeploymentRef ref);

    /** Creates something on the target, next to the deployment, that Chainline does not own; says if it still exists. */
    protected abstract BooleanSupplier createForeign(DeploymentRef ref);

    /** Makes the workload fail in a way the platform reports (an image that cannot be pulled, a crash loop). */
    protected abstract void induceFailure(DeploymentRef ref, Workload workload);

    /** How long apply may wait for readiness here; zero where nothing ever becomes ready (a mock). */
    protected Duration readiness() {
        return Duration.ZERO;
    }

    /** A fresh deployment id, removed from the target after the test whatever happens. */
    protected DeploymentRef fresh() {
        DeploymentRef ref =
                DeploymentRef.of("ct-" + UUID.randomUUID().toString().substring(0, 8));
        used.add(ref);
        return ref;
    }

    @AfterEach
    void removeWhatTheTestDeployed() {
        used.forEach(ref -> connector().destroy(ref));
    }

    @Test
    void theTargetIsReachedAndItsNodesHaveKnownArchitectures() {
        ConnectionCheck check = connector().check(Duration.ofSeconds(10));
        assertThat(check.ok()).as(check.message()).isTrue();

        Inventory inventory = connector().inventory();
        assertThat(inventory.nodes()).isNotEmpty();
        assertThat(inventory.nodes())
                .allSatisfy(n -> assertThat(n.architecture())
                        .as("architecture of %s (reported %s)", n.name(), n.reportedArchitecture())
                        .isPresent());
        assertThat(connector().capabilities().architectures())
                .containsAll(inventory.architectures())
                .allSatisfy(a -> assertThat(Architecture.parse(a.ociName())).contains(a));
    }

    @Test
    void aNewDeploymentIsPlannedAsCreatesAndNothingChangesUntilApplied() {
        DeploymentRef ref = fresh();
        DeploymentUnit unit = sample(ref);

        Plan plan = connector().plan(unit);

        assertThat(plan.actions())
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.change()).isEqualTo(Plan.Change.CREATE));
        assertThat(connector().observe(ref).isEmpty()).isTrue();
    }

    @Test
    void applyingTwiceIsANoOp() {
        DeploymentRef ref = fresh();
        DeploymentUnit unit = sample(ref);

        ApplyResult first = connector().apply(unit, readiness());
        ApplyResult second = connector().apply(unit, readiness());

        assertThat(first.applied().changes()).isNotEmpty();
        assertThat(second.applied().isNoOp())
                .as("second apply: %s", second.applied().changes())
                .isTrue();
        assertThat(connector().plan(unit).isNoOp()).isTrue();
    }

    @Test
    void observeReportsEveryWorkloadItApplied() {
        DeploymentRef ref = fresh();
        DeploymentUnit unit = sample(ref);
        connector().apply(unit, readiness());

        Observation seen = connector().observe(ref);

        assertThat(seen.resources())
                .extracting(Observation.ResourceStatus::workload)
                .containsAll(unit.workloads().stream().map(Workload::name).toList());
    }

    @Test
    void observeReportsFailuresInWords() {
        DeploymentRef ref = fresh();
        DeploymentUnit unit = sample(ref);
        connector().apply(unit, readiness());
        Workload broken = unit.workloads().getFirst();

        induceFailure(ref, broken);
        Observation seen = connector().observe(ref);

        assertThat(seen.failures())
                .as("failures after breaking %s: %s", broken.name(), seen.resources())
                .anySatisfy(f -> {
                    assertThat(f.workload()).isEqualTo(broken.name());
                    assertThat(f.message()).isNotBlank();
                });
    }

    @Test
    void planShowsTheDiffAfterAnOutOfBandChangeAndApplyRepairsIt() {
        DeploymentRef ref = fresh();
        DeploymentUnit unit = sample(ref);
        connector().apply(unit, readiness());

        changeOutOfBand(ref);
        Plan drift = connector().plan(unit);

        assertThat(drift.changes())
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.differences()).isNotEmpty());
        connector().apply(unit, readiness());
        Plan repaired = connector().plan(unit);
        assertThat(repaired.isNoOp()).as("after repair: %s", repaired.changes()).isTrue();
    }

    @Test
    void aWorkloadLeftOutOfTheUnitIsPlannedForDeletion() {
        DeploymentRef ref = fresh();
        DeploymentUnit unit = sample(ref);
        connector().apply(unit, readiness());
        Workload dropped = unit.workloads().getLast();
        DeploymentUnit smaller = new DeploymentUnit(
                ref,
                unit.workloads().subList(0, unit.workloads().size() - 1),
                unit.flows().stream()
                        .filter(f -> !f.from().equals(dropped.nf()) && !f.to().equals(dropped.nf()))
                        .toList(),
                unit.externalAccess().stream()
                        .filter(e -> !e.to().equals(dropped.nf()))
                        .toList());

        Plan plan = connector().plan(smaller);

        assertThat(plan.changes()).anySatisfy(a -> {
            assertThat(a.change()).isEqualTo(Plan.Change.DELETE);
            assertThat(a.resource().name()).contains(dropped.name());
        });
        connector().apply(smaller, readiness());
        assertThat(connector().observe(ref).resources())
                .extracting(Observation.ResourceStatus::workload)
                .doesNotContain(dropped.name());
    }

    @Test
    void destroyLeavesNothingItOwnedAndKeepsWhatItDidNot() {
        DeploymentRef ref = fresh();
        BooleanSupplier foreign = createForeign(ref);
        connector().apply(sample(ref), readiness());

        connector().destroy(ref);
        connector().destroy(ref); // twice: destroy is idempotent

        assertThat(connector().observe(ref).isEmpty()).isTrue();
        // what the target keeps for others (a namespace holding someone else's object) may stay; workloads go
        List<String> workloads =
                sample(ref).workloads().stream().map(Workload::name).toList();
        assertThat(connector().plan(sample(ref)).actions())
                .filteredOn(a -> workloads.stream().anyMatch(a.resource().name()::contains))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.change()).isEqualTo(Plan.Change.CREATE));
        assertThat(foreign.getAsBoolean())
                .as("the resource Chainline does not own")
                .isTrue();
    }

    @Test
    void destroyingOneDeploymentLeavesAnotherAlone() {
        DeploymentRef one = fresh();
        DeploymentRef other = fresh();
        connector().apply(sample(one), readiness());
        connector().apply(sample(other), readiness());

        connector().destroy(one);

        Observation left = connector().observe(one);
        assertThat(left.isEmpty())
                .as("left after destroy: %s", left.resources())
                .isTrue();
        assertThat(connector().observe(other).resources()).isNotEmpty();
        Plan untouched = connector().plan(sample(other));
        assertThat(untouched.isNoOp())
                .as("the other deployment: %s", untouched.changes())
                .isTrue();
    }
}
