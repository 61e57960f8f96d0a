package io.chainline.connector.api;

import java.util.Objects;
import java.util.Optional;

/**
 * What one VDU asks of a target, in the few facts platforms decide on at design time. The designer's "Runs on" line
 * asks every installed {@link Platform} with it, so a new platform brings its own design-time rules (ADR 23).
 *
 * @param name the VDU's node name, for the reasons given back
 * @param virtualMachine a VM image rather than containers
 * @param containers how many containers one instance runs (0 for a VM)
 * @param runtimeClass the sandbox runtime a sandboxed VDU asks for (Kata's); empty when it runs with the default one
 */
public record WorkloadShape(String name, boolean virtualMachine, int containers, Optional<String> runtimeClass) {

    public WorkloadShape {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(runtimeClass, "runtimeClass");
    }

    public static WorkloadShape vm(String name) {
        return new WorkloadShape(name, true, 0, Optional.empty());
    }

    public static WorkloadShape containers(String name, int containers, Optional<String> runtimeClass) {
        return new WorkloadShape(name, false, containers, runtimeClass);
    }

    public boolean sandboxed() {
        return runtimeClass.isPresent();
    }
}
