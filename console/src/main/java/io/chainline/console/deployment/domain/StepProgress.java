package io.chainline.console.deployment.domain;

import java.util.UUID;

/**
 * A job's step counts as one grouped query answers them.
 *
 * @param done steps done or skipped
 */
public record StepProgress(UUID jobId, Long total, Long done) {}
