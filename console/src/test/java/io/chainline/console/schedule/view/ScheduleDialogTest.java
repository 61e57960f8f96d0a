package io.chainline.console.schedule.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.base.domain.RecurrenceKind;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.base.service.FieldRefusal;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.deployment.service.DeploymentViews.DeploymentSummary;
import io.chainline.console.schedule.domain.MissedRunPolicy;
import io.chainline.console.schedule.domain.RunResult;
import io.chainline.console.schedule.domain.ScheduleState;
import io.chainline.console.schedule.domain.WindowPolicy;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schedule dialog's words and its deployment picker. */
class ScheduleDialogTest {

    private static DeploymentSummary deployment(String name, DeploymentState state) {
        return new DeploymentSummary(
                UUID.randomUUID(),
                name,
                UUID.randomUUID(),
                "vCPE",
                "1.0",
                state,
                3,
                List.of("lab"),
                Optional.empty(),
                0,
                Instant.EPOCH,
                "alice",
                Instant.EPOCH,
                0);
    }

    @ParameterizedTest
    @EnumSource(
            value = Operation.class,
            names = {"SCALE", "HEAL", "UPGRADE", "RECONCILE", "TERMINATE"})
    void thePickerNeverOffersATerminatedOrTerminatingDeployment(Operation op) {
        List<DeploymentSummary> all = List.of(
                deployment("running", DeploymentState.INSTANTIATED),
                deployment("broken", DeploymentState.FAILED),
                deployment("gone", DeploymentState.TERMINATED),
                deployment("going", DeploymentState.TERMINATING));

        assertThat(ScheduleDialog.candidates(op, all))
                .extracting(DeploymentSummary::name)
                .containsExactly("running", "broken");
    }

    @Test
    void everyChoiceAndStateHasALabelThatIsNotItsEnumName() {
        List<String> labels = Stream.of(
                        Arrays.stream(Operation.values()).map(Labels::of),
                        Arrays.stream(MissedRunPolicy.values()).map(Labels::of),
                        Arrays.stream(WindowPolicy.values()).map(Labels::of),
                        Arrays.stream(RecurrenceKind.values()).map(Labels::of),
                        Arrays.stream(ScheduleState.values()).map(Labels::of),
                        Arrays.stream(RunResult.values()).map(Labels::of))
                .flatMap(s -> s)
                .toList();

        assertThat(labels).noneMatch(l -> l.matches("[A-Z_]+"));
        assertThat(Labels.of(Operation.UPGRADE)).isEqualTo("Upgrade");
        assertThat(Labels.of(MissedRunPolicy.RUN_LATE)).startsWith("Run late");
    }

    @Test
    void aFieldRefusalNamesTheApiFieldForScriptsAndOnlyWordsForTheForm() {
        FieldRefusal refusal = new FieldRefusal(
                "SCHEDULE-JOB-INCOMPLETE", Category.INVALID, "deploymentId", "Choose the deployment to act on.");

        assertThat(refusal.getMessage()).isEqualTo("Choose the deployment to act on (deploymentId).");
        assertThat(refusal.need()).isEqualTo("Choose the deployment to act on.").doesNotContain("deploymentId");
        assertThat(refusal.field()).isEqualTo("deploymentId");
    }
}
