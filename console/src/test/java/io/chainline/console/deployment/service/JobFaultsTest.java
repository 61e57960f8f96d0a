package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.support.RecordedFaults;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobFaultsTest {

    private final RecordedFaults faults = new RecordedFaults();
    private final DeploymentRepository deployments = mock(DeploymentRepository.class);
    private final JobFaults jobs = new JobFaults(faults, deployments);
    private final UUID deployment = UUID.randomUUID();
    private final FaultScope scope = FaultScope.of("job", deployment);

    @Test
    void aFailedJobRaisesAMajorProcessingErrorOnItsDeploymentNamingTheJobAndWhy() {
        when(deployments.findById(deployment)).thenReturn(Optional.empty());
        UUID job = UUID.randomUUID();
        jobs.jobEnded(new JobEnded(job, deployment, Operation.UPGRADE, JobState.FAILED, "STEP-FAILED", "pull denied"));

        assertThat(faults.of(scope)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Fault.Severity.MAJOR);
            assertThat(f.eventType()).isEqualTo(Fault.EventType.PROCESSING_ERROR_ALARM);
            assertThat(f.object()).isEqualTo(Fault.ManagedObject.deployment(deployment, ""));
            assertThat(f.resource().kind()).isEqualTo(Fault.Resource.Kind.JOB);
            assertThat(f.resource().name()).isEqualTo(job + " (Upgrade)");
            assertThat(f.probableCause()).isEqualTo("Upgrade failed");
            assertThat(f.details()).contains("STEP-FAILED: pull denied");
        });
    }

    @Test
    void aRolledBackJobAlarmsToo_AndTheNextCompletedJobClears() {
        when(deployments.findById(deployment)).thenReturn(Optional.empty());
        jobs.jobEnded(new JobEnded(UUID.randomUUID(), deployment, Operation.SCALE, JobState.ROLLED_BACK, "", "x"));
        assertThat(faults.of(scope))
                .singleElement()
                .extracting(Fault::probableCause)
                .isEqualTo("Scale rolled back");

        jobs.jobEnded(new JobEnded(UUID.randomUUID(), deployment, Operation.HEAL, JobState.CANCELLED, "", ""));
        assertThat(faults.of(scope)).as("a cancelled job changes nothing").hasSize(1);

        jobs.jobEnded(new JobEnded(UUID.randomUUID(), deployment, Operation.HEAL, JobState.COMPLETED, "", ""));
        assertThat(faults.of(scope)).isEmpty();
    }

    @Test
    void aDeletedDeploymentForgetsItsJobAlarm() {
        when(deployments.findById(deployment)).thenReturn(Optional.empty());
        jobs.jobEnded(new JobEnded(UUID.randomUUID(), deployment, Operation.HEAL, JobState.FAILED, "", "x"));
        jobs.deploymentDeleted(deployment);
        assertThat(faults.of(scope)).isEmpty();
    }
}
