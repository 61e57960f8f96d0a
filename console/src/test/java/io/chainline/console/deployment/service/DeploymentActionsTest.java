package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.deployment.service.DeploymentActions.Action;
import io.chainline.console.deployment.service.DeploymentActions.Facts;
import io.chainline.console.deployment.service.DeploymentActions.LastJob;
import io.chainline.console.deployment.service.DeploymentActions.Verdict;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one table of which lifecycle actions apply when; the page's buttons and the services' refusals both read it. */
class DeploymentActionsTest {

    private static Facts facts(DeploymentState state, Optional<LastJob> job, int drifted) {
        return new Facts("vcpe-1", state, job, drifted);
    }

    private static Set<Action> allowed(Facts f) {
        Set<Action> yes = EnumSet.noneOf(Action.class);
        for (Action a : Action.values()) {
            if (DeploymentActions.check(a, f).allowed()) {
                yes.add(a);
            }
        }
        return yes;
    }

    @Test
    void anIdleInstantiatedDeploymentWithDriftAllowsEverythingButCancelRetryAndDelete() {
        Facts f = facts(
                DeploymentState.INSTANTIATED, Optional.of(new LastJob(Operation.INSTANTIATE, JobState.COMPLETED)), 2);

        assertThat(allowed(f))
                .containsExactlyInAnyOrder(
                        Action.REFRESH_LIVE,
                        Action.CHECK_DRIFT,
                        Action.RECONCILE,
                        Action.ACCEPT_DRIFT,
                        Action.SCALE,
                        Action.HEAL,
                        Action.UPGRADE,
                        Action.TERMINATE);
        assertThat(DeploymentActions.check(Action.DELETE, f).reason())
                .isEqualTo("vcpe-1 is instantiated; terminate it first, so nothing is left behind.");
        assertThat(DeploymentActions.check(Action.CANCEL_JOB, f).code()).isEqualTo("JOB-FINISHED");
        assertThat(DeploymentActions.check(Action.RETRY_JOB, f).code()).isEqualTo("JOB-NOT-RETRYABLE");
    }

    @Test
    void withoutDriftThereIsNothingToAccept() {
        Verdict v =
                DeploymentActions.check(Action.ACCEPT_DRIFT, facts(DeploymentState.INSTANTIATED, Optional.empty(), 0));

        assertThat(v.allowed()).isFalse();
        assertThat(v.code()).isEqualTo("DRIFT-NONE");
    }

    @Test
    void aTerminatedDeploymentOnlyGoesAwayAndEveryOtherActionSaysWhy() {
        Facts f =
                facts(DeploymentState.TERMINATED, Optional.of(new LastJob(Operation.TERMINATE, JobState.COMPLETED)), 3);

        assertThat(allowed(f)).containsExactly(Action.DELETE);
        for (Action a : EnumSet.complementOf(EnumSet.of(Action.DELETE, Action.CANCEL_JOB))) {
            Verdict v = DeploymentActions.check(a, f);
            assertThat(v.code()).as(a.name()).isEqualTo("DEPLOYMENT-TERMINATED");
            assertThat(v.reason()).as(a.name()).startsWith("vcpe-1 is terminated; nothing of it runs.");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = JobState.class,
            names = {"QUEUED", "RUNNING", "ROLLING_BACK"})
    void whileAJobRunsOnlyObservingAndCancellingApply(JobState running) {
        Facts f = facts(DeploymentState.INSTANTIATED, Optional.of(new LastJob(Operation.SCALE, running)), 1);

        assertThat(allowed(f)).containsExactlyInAnyOrder(Action.REFRESH_LIVE, Action.CANCEL_JOB);
        Verdict reconcile = DeploymentActions.check(Action.RECONCILE, f);
        assertThat(reconcile.code()).isEqualTo("DEPLOYMENT-BUSY");
        assertThat(reconcile.reason())
                .isEqualTo("The scale job on vcpe-1 is " + DeploymentActions.label(running)
                        + "; wait for it to end or cancel it.");
    }

    @Test
    void aTerminatingDeploymentCanBeCancelledButNotChanged() {
        Facts f =
                facts(DeploymentState.TERMINATING, Optional.of(new LastJob(Operation.TERMINATE, JobState.RUNNING)), 0);

        assertThat(allowed(f)).containsExactlyInAnyOrder(Action.REFRESH_LIVE, Action.CANCEL_JOB);
        assertThat(DeploymentActions.check(Action.TERMINATE, f).code()).isEqualTo("DEPLOYMENT-BUSY");
    }

    @Test
    void aFailedDeploymentCanBeRetriedRepairedOrTerminated() {
        Facts f = facts(DeploymentState.FAILED, Optional.of(new LastJob(Operation.UPGRADE, JobState.FAILED)), 0);

        assertThat(allowed(f))
                .containsExactlyInAnyOrder(
                        Action.REFRESH_LIVE,
                        Action.CHECK_DRIFT,
                        Action.RECONCILE,
                        Action.SCALE,
                        Action.HEAL,
                        Action.UPGRADE,
                        Action.TERMINATE,
                        Action.RETRY_JOB);
    }

    @Test
    void aDeploymentWhoseFirstJobNeverRanCanBeDeletedButNotChanged() {
        Facts f = facts(
                DeploymentState.NOT_INSTANTIATED,
                Optional.of(new LastJob(Operation.INSTANTIATE, JobState.CANCELLED)),
                0);

        assertThat(allowed(f)).containsExactlyInAnyOrder(Action.REFRESH_LIVE, Action.TERMINATE, Action.DELETE);
        assertThat(DeploymentActions.check(Action.SCALE, f).reason())
                .isEqualTo("vcpe-1 is not instantiated; this needs an instantiated deployment.");
    }

    @Test
    void scaleSettingsKeepTheNewestInstructionPerNetworkFunction() {
        DeploymentSettings byCount = ScaleSettings.byReplicas(DeploymentSettings.defaults(), "firewall", "main", 2);
        assertThat(byCount.replicasOf("firewall", "main")).contains(2);

        DeploymentSettings byLevel =
                ScaleSettings.byLevel(byCount, "firewall", Optional.of("large"), java.util.Map.of());
        assertThat(byLevel.replicasOf("firewall", "main")).isEmpty();
        assertThat(byLevel.levels()).containsEntry("firewall", "large");

        DeploymentSettings again = ScaleSettings.byReplicas(byLevel, "firewall", "main", 1);
        assertThat(again.levels())
                .as("a count set for one VDU leaves the function's level for its other VDUs")
                .containsEntry("firewall", "large");
        assertThat(again.replicasOf("firewall", "main")).contains(1);
    }
}
