package io.chainline.console.deployment.service;

import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.base.service.FaultReports;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.JobState;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The job source of alarms (scope {@code ("job", deploymentId)}): a deployment whose last job failed or was rolled
 * back has one MAJOR alarm naming that job; its next job that completes (a retry, a heal, the terminate) clears it.
 * Runs after the job's end commits, through the event publication registry, so a report that fails is resubmitted;
 * the report is level-triggered, so a resubmitted one changes nothing.
 */
@Component
class JobFaults {

    /** The listener's id in the event publication registry: stable, so renaming the method strands no publication. */
    static final String LISTENER_ID = "deployment.job-faults";

    static final String SOURCE = "job";
    private static final Logger log = LoggerFactory.getLogger(JobFaults.class);

    private final FaultReports faults;
    private final DeploymentRepository deployments;

    JobFaults(FaultReports faults, DeploymentRepository deployments) {
        this.faults = faults;
        this.deployments = deployments;
    }

    @ApplicationModuleListener(id = LISTENER_ID)
    void jobEnded(JobEnded ended) {
        FaultScope scope = FaultScope.of(SOURCE, ended.deploymentId());
        if (ended.state() == JobState.COMPLETED) {
            faults.report(scope, List.of());
        } else if (ended.state() == JobState.FAILED || ended.state() == JobState.ROLLED_BACK) {
            String name = deployments
                    .findById(ended.deploymentId())
                    .map(d -> d.getName())
                    .orElse("");
            faults.report(scope, List.of(fault(ended, name)));
        }
        // a cancelled job says nothing new about the deployment: what was reported before stands
    }

    /** Its record is gone: nothing of it can fail any more. After the delete committed, so it never throws. */
    void deploymentDeleted(UUID deploymentId) {
        try {
            faults.forget(FaultScope.of(SOURCE, deploymentId));
        } catch (RuntimeException e) {
            log.warn("chainline.deployment.alarm-not-cleared deployment={} error={}", deploymentId, e.toString(), e);
        }
    }

    static Fault fault(JobEnded ended, String deploymentName) {
        String operation = label(ended.operation().name());
        String state = ended.state() == JobState.ROLLED_BACK ? "rolled back" : "failed";
        String why = ended.code().isBlank() ? ended.message() : ended.code() + ": " + ended.message();
        return new Fault(
                "job-failed",
                Fault.ManagedObject.deployment(ended.deploymentId(), deploymentName),
                new Fault.Resource(Fault.Resource.Kind.JOB, ended.jobId() + " (" + operation + ")", "", null),
                Fault.Severity.MAJOR,
                Fault.EventType.PROCESSING_ERROR_ALARM,
                operation + " " + state,
                "The " + operation.toLowerCase(Locale.ROOT) + " job " + ended.jobId() + " " + state
                        + (why.isBlank() ? "." : ": " + why));
    }

    private static String label(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
