package io.chainline.console.deployment.service;

import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.domain.Operation;
import java.util.UUID;

/**
 * Published inside the transaction that ends a job, on whichever console ran it. The event publication registry
 * stores it with that transaction, and its listeners (a SOL005 occurrence's RESULT, a schedule run's outcome) run
 * after the commit in transactions of their own (ADR 24): a listener that fails leaves its publication incomplete, to
 * be resubmitted, and can never roll the job's end back. Listeners must therefore be idempotent. Its name and fields
 * are stored serialized until every listener completes: renaming or moving it strands incomplete publications.
 */
public record JobEnded(
        UUID jobId, UUID deploymentId, Operation operation, JobState state, String code, String message) {}
