package io.chainline.console.nfvo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.service.DeploymentSettings;
import io.chainline.console.deployment.service.JobOrder;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NsLifecycleMappingTest {

    private static final UUID DEPLOYMENT = UUID.randomUUID();

    @Test
    void jobStatesReadAsSol005OperationStates() {
        // SOL005 NsLcmOperationStateType has no STARTING (SOL003 does): a queued NS operation is PROCESSING.
        assertThat(OpOccService.operationState(JobState.QUEUED, false)).isEqualTo("PROCESSING");
        assertThat(OpOccService.operationState(JobState.RUNNING, false)).isEqualTo("PROCESSING");
        assertThat(OpOccService.operationState(JobState.FAILED, false)).isEqualTo("FAILED_TEMP");
        assertThat(OpOccService.operationState(JobState.FAILED, true)).isEqualTo("FAILED");
        assertThat(OpOccService.operationState(JobState.ROLLED_BACK, false)).isEqualTo("ROLLED_BACK");
        assertThat(OpOccService.operationState(JobState.CANCELLED, false)).isEqualTo("FAILED");
        assertThat(OpOccService.operationState(JobState.COMPLETED, false)).isEqualTo("COMPLETED");
    }

    @Test
    void scalingToALevelOrAspectLevels() {
        JobOrder level = NsScaling.order(
                new NsRequests.ScaleVnfData("fw", null, new NsRequests.ScaleToLevelData("large", null), null),
                DEPLOYMENT,
                "vcpe",
                DeploymentSettings.defaults());
        assertThat(level.nf()).contains("fw");
        assertThat(level.level()).contains("large");

        JobOrder aspects = NsScaling.order(
                new NsRequests.ScaleVnfData(
                        "fw",
                        null,
                        new NsRequests.ScaleToLevelData(null, List.of(new NsRequests.VnfScaleInfo("capacity", 2))),
                        null),
                DEPLOYMENT,
                "vcpe",
                DeploymentSettings.defaults());
        assertThat(aspects.aspects()).containsEntry("capacity", 2);
    }

    @Test
    void scalingByStepsStartsFromTheCurrentAspectLevel() {
        DeploymentSettings at2 = DeploymentSettings.defaults().withScale(Map.of(), Map.of("fw", Map.of("capacity", 2)));
        JobOrder out = NsScaling.order(
                new NsRequests.ScaleVnfData("fw", "SCALE_OUT", null, new NsRequests.ScaleByStepData("capacity", 2)),
                DEPLOYMENT,
                "vcpe",
                at2);
        assertThat(out.aspects()).containsEntry("capacity", 4);
        JobOrder in = NsScaling.order(
                new NsRequests.ScaleVnfData("fw", "SCALE_IN", null, new NsRequests.ScaleByStepData("capacity", null)),
                DEPLOYMENT,
                "vcpe",
                at2);
        assertThat(in.aspects()).containsEntry("capacity", 1);
        assertThatThrownBy(() -> NsScaling.order(
                        new NsRequests.ScaleVnfData(
                                "fw", "SCALE_IN", null, new NsRequests.ScaleByStepData("capacity", 3)),
                        DEPLOYMENT,
                        "vcpe",
                        at2))
                .hasFieldOrPropertyWithValue("code", "NS-SCALE-BELOW-ZERO");
        assertThatThrownBy(() -> NsScaling.order(
                        new NsRequests.ScaleVnfData("fw", "SCALE_OUT", null, null), DEPLOYMENT, "vcpe", at2))
                .hasFieldOrPropertyWithValue("code", "NS-SCALE-INVALID");
    }
}
