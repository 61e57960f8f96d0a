package io.chainline.connector.api;

/**
 * How to reach a target, secrets included. {@code toString()} never shows a secret: these records pass through
 * logs and exception messages by accident sooner or later. Each platform module brings its own record (ADR 23):
 * {@code KubernetesAccess}, {@code OpenStackAccess}, {@code DockerAccess} for the platforms Chainline ships with.
 */
public interface TargetAccess {

    TargetKind kind();
}
