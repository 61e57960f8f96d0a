package io.chainline.connector.api;

import java.util.Optional;

/**
 * One virtual link of a service chain as a network on a target: a bridge network (Docker), an attachable overlay
 * (Swarm), a Multus {@code NetworkAttachmentDefinition} (Kubernetes) or a Neutron network and subnet (OpenStack).
 * Platforms name it {@code <deployment>-<link>} and label it with {@link Ownership#DEPLOYMENT} and
 * {@link Ownership#LINK}, so plan, observe, drift and destroy cover it like any workload.
 *
 * @param link the virtual link's name in the chain, a DNS label ({@code cl-fw})
 * @param cidr its subnet ({@code 10.60.2.0/24}), allocated per deployment when the descriptor gives none
 * @param gateway the link's gateway address, when it has one; a data link between NFs usually has none
 * @param external a SAP or external CP is on it: traffic may enter or leave the deployment here. Links that are not
 *     external are isolated from the outside (Docker {@code internal}, no router in Neutron)
 * @param driver how the platform realises it; {@link Driver#BRIDGE} unless the link or the target says otherwise
 * @param master the host interface a macvlan or ipvlan link sits on, when the target names one
 * @param resourceName the SR-IOV device plugin's resource ({@code intel.com/sriov_netdevice}) pods on it request
 */
public record LinkNetwork(
        String link,
        String cidr,
        Optional<String> gateway,
        boolean external,
        Driver driver,
        Optional<String> master,
        Optional<String> resourceName) {

    /** How the link is realised on a node. */
    public enum Driver {
        BRIDGE,
        MACVLAN,
        IPVLAN,
        SRIOV
    }

    public LinkNetwork {
        DeploymentRef.requireDnsLabel(link, 30, "virtual link name");
        if (driver == Driver.SRIOV && resourceName.isEmpty()) {
            throw new IllegalArgumentException("SR-IOV link " + link + " names no device plugin resource.");
        }
    }

    /** A plain bridged link. */
    public static LinkNetwork bridge(String link, String cidr, boolean external) {
        return new LinkNetwork(
                link, cidr, Optional.empty(), external, Driver.BRIDGE, Optional.empty(), Optional.empty());
    }

    /** {@code vcpe-acme-cl-fw}: the network's name on the target. */
    public String nameIn(DeploymentRef deployment) {
        return deployment.id() + "-" + link;
    }
}
