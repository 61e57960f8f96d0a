package io.chainline.connector.api;

import java.util.List;

/**
 * What one deployment should look like on one target: its workloads, the chain's link networks they attach to, and who
 * may talk to whom.
 *
 * @param flows the service chain's hops: traffic may go from one NF to the next, and nowhere else
 * @param externalAccess where traffic from outside the deployment may enter
 * @param networks the chain's virtual links as networks, one per link that has a workload on this target; empty:
 *     the deployment's one management network only, as before chains carried traffic
 */
public record DeploymentUnit(
        DeploymentRef ref,
        List<Workload> workloads,
        List<Flow> flows,
        List<ExternalAccess> externalAccess,
        List<LinkNetwork> networks) {

    public DeploymentUnit {
        workloads = List.copyOf(workloads);
        flows = List.copyOf(flows);
        externalAccess = List.copyOf(externalAccess);
        networks = List.copyOf(networks);
        var links = new java.util.HashSet<String>();
        for (LinkNetwork network : networks) {
            if (!links.add(network.link())) {
                throw new IllegalArgumentException("Link " + network.link() + " is twice in deployment " + ref.id());
            }
        }
        for (Workload workload : workloads) {
            for (Workload.Attachment attachment : workload.dataPlane().attachments()) {
                if (!links.contains(attachment.link())) {
                    throw new IllegalArgumentException(workload.name() + " attaches " + attachment.connectionPoint()
                            + " to link " + attachment.link() + ", which deployment " + ref.id() + " does not have.");
                }
            }
        }
    }

    /** A unit without link networks: every workload on the management network only. */
    public DeploymentUnit(
            DeploymentRef ref, List<Workload> workloads, List<Flow> flows, List<ExternalAccess> externalAccess) {
        this(ref, workloads, flows, externalAccess, List.of());
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
