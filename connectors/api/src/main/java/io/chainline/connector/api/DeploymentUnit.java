package io.chainline.connector.api;

import java.util.List;

/**
 * What one deployment should look like on one target: its workloads and who may talk to whom.
 *
 * @param flows the service chain's hops: traffic may go from one NF to the next, and nowhere else
 * @param externalAccess where traffic from outside the deployment may enter
 */
public record DeploymentUnit(
        DeploymentRef ref, List<Workload> workloads, List<Flow> flows, List<ExternalAccess> externalAccess) {

    public DeploymentUnit {
        workloads = List.copyOf(workloads);
        flows = List.copyOf(flows);
        externalAccess = List.copyOf(externalAccess);
    }

    /** Traffic from NF {@code from} to NF {@code to}, on these ports (empty: any). */
    public record Flow(String from, String to, List<Workload.Port> ports) {
        public Flow {
            ports = List.copyOf(ports);
        }
    }

    /** Traffic from outside (these CIDRs; empty: anywhere) into NF {@code to} on these ports (empty: any). */
    public record ExternalAccess(String to, List<String> cidrs, List<Workload.Port> ports) {
        public ExternalAccess {
            cidrs = List.copyOf(cidrs);
            ports = List.copyOf(ports);
        }
    }
}
