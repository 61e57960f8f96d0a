package io.chainline.connector.docker;

import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Platforms;
import io.chainline.connector.api.Workload;
import java.util.Set;

/**
 * What an engine is: a Swarm manager or a plain host, the architectures of its nodes, the OCI runtimes it offers.
 * Every unit is checked against it before anything is created, so a refusal leaves nothing half made.
 */
record EngineFacts(
        boolean swarm, Set<Architecture> architectures, Set<String> runtimes, String version, boolean podman) {

    void admit(DeploymentUnit unit) {
        for (Workload workload : unit.workloads()) {
            admitDataPlane(workload);
            if (workload.vm().isPresent()) {
                refuse("VDU " + workload.name() + " is a VM; Docker targets run containers. Deploy it to an OpenStack"
                        + " target.");
            }
            if (workload.containers().size() != 1) {
                refuse("VDU " + workload.name() + " has "
                        + workload.containers().size() + " containers; a Docker"
                        + " target runs one container per VDU instance. Deploy it to a Kubernetes target.");
            }
            if (!workload.architectures().isEmpty()
                    && workload.architectures().stream().noneMatch(architectures::contains)) {
                refuse("VDU " + workload.name() + " runs on " + Platforms.names(workload.architectures())
                        + " but this " + (swarm ? "Swarm's nodes are " : "host is ") + Platforms.names(architectures)
                        + "; publish the image for " + Platforms.names(architectures) + " or choose another target.");
            }
            if (workload.isolation() == Workload.Isolation.SANDBOXED) {
                String runtime = workload.runtimeClass().orElseThrow();
                if (swarm) {
                    refuse("VDU " + workload.name() + " must run sandboxed (" + runtime + "), but Swarm services"
                            + " cannot choose an OCI runtime; deploy it to a plain Docker host with Kata, or to"
                            + " Kubernetes.");
                }
                if (!runtimes.contains(runtime)) {
                    refuse("VDU " + workload.name() + " must run sandboxed in runtime '" + runtime + "', which this"
                            + " host does not offer (it has " + runtimes + "). Install Kata Containers and register"
                            + " the runtime in daemon.json, or deploy with shared-kernel isolation.");
                }
            }
        }
    }

    /**
     * Swarm allocates a task's address on an overlay itself (a service spec has no field for it), so an NF whose CPs
     * have fixed addresses would be told addresses it does not have: refused, with what to do instead.
     */
    private void admitDataPlane(Workload workload) {
        workload.dataPlane().capabilities().forEach(LinkNetworks::capability);
        if (!swarm) {
            return;
        }
        workload.dataPlane().attachments().stream()
                .filter(a -> !a.addresses().isEmpty())
                .findFirst()
                .ifPresent(a -> refuse("VDU " + workload.name() + " has fixed addresses on link " + a.link() + " ("
                        + String.join(", ", a.addresses()) + "), but Swarm allocates a task's address on an overlay"
                        + " itself and cannot pin one. Let the chain allocate the addresses of " + a.connectionPoint()
                        + ", or deploy the chain to a plain Docker host."));
    }

    private static void refuse(String message) {
        throw new ConnectorException(ConnectorException.Reason.UNSUPPORTED, message);
    }
}
