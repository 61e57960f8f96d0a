package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A job's end reaches the job source of alarms through the event publication registry, after the end commits: a
 * failure raises the deployment's alarm, a completed job clears it, deleting the deployment clears it too.
 */
@IntegrationTest
class JobFaultsIT {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AlarmQueries alarms;

    @Autowired
    DeploymentRepository deployments;

    @Autowired
    DeploymentService service;

    @Autowired
    DeploymentJson json;

    @Test
    void aFailedJobIsAnAlarmOnItsDeploymentUntilAJobCompletesOrTheDeploymentIsDeleted() {
        Deployment d = deployment();
        UUID failed = UUID.randomUUID();

        ended(new JobEnded(failed, d.getId(), Operation.HEAL, JobState.FAILED, "STEP-FAILED", "no such workload"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> alarms.activeOn(d.getId()).size() == 1);
        assertThat(alarms.activeOn(d.getId())).singleElement().satisfies(a -> {
            assertThat(a.getSeverity()).isEqualTo(Fault.Severity.MAJOR);
            assertThat(a.getProbableCause()).isEqualTo("Heal failed");
            assertThat(a.getManagedObject().name()).isEqualTo(d.getName());
            assertThat(a.getResource().name()).isEqualTo(failed + " (Heal)");
            assertThat(a.getFaultDetails()).contains("STEP-FAILED: no such workload");
        });

        ended(new JobEnded(UUID.randomUUID(), d.getId(), Operation.HEAL, JobState.COMPLETED, "", ""));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> alarms.activeOn(d.getId()).isEmpty());

        ended(new JobEnded(UUID.randomUUID(), d.getId(), Operation.SCALE, JobState.ROLLED_BACK, "", "quota"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> alarms.activeOn(d.getId()).size() == 1);
        service.delete(d.getId(), "alice");
        assertThat(alarms.activeOn(d.getId())).isEmpty();
    }

    private void ended(JobEnded event) {
        tx.executeWithoutResult(s -> events.publishEvent(event));
    }

    private Deployment deployment() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Deployment d = new Deployment(UUID.randomUUID(), "jobs-" + tag, "alice", Instant.now());
        UUID chain = UUID.randomUUID();
        d.describe(
                chain,
                "jobs-chain",
                "1.0",
                json.write(DeploymentSettings.defaults()),
                json.write(new DesiredState(chain, "1.0", List.of(), List.of())));
        d.moveTo(DeploymentState.NOT_INSTANTIATED, "alice", Instant.now());
        return deployments.save(d);
    }
}
