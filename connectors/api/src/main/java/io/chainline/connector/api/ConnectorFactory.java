package io.chainline.connector.api;

/** Makes connectors for one kind of target; its {@link Platform} makes it, and the console keeps one per kind. */
public interface ConnectorFactory {

    TargetKind kind();

    /**
     * Connects to a target with its access details (which include its secrets; they stay in memory).
     *
     * @throws ConnectorException when the access details cannot be used at all (a kubeconfig without the chosen
     *     context, a malformed endpoint); never for an unreachable target, which {@link Connector#check} reports
     */
    Connector connect(TargetAccess access);

    /** "Test connection" from access details alone, within {@code timeout}; a refusal is reported, never thrown. */
    default ConnectionCheck check(TargetAccess access, java.time.Duration timeout) {
        try (Connector connector = connect(access)) {
            return connector.check(timeout);
        } catch (ConnectorException e) {
            return ConnectionCheck.failed(ConnectionCheck.Failure.BAD_ACCESS, e.getMessage(), java.time.Duration.ZERO);
        }
    }
}
