package io.chainline.console.deployment.service;

import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.domain.Operation;
import java.util.UUID;

/**
 * Published inside the transaction that ends a job, on whichever console ran it: listeners that record the outcome
 * (a schedule's run) commit or roll back with the job's own end.
 */
public record JobEnded(
        UUID jobId, UUID deploymentId, Operation operation, JobState state, String code, String message) {}
