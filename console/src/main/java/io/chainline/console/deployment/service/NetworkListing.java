package io.chainline.console.deployment.service;

import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * A deployment's link networks as the deployment page lists them, read from its stored desired state: each link on
 * each target with its subnet, and the connection points on it with their interfaces and addresses.
 */
public final class NetworkListing {

    /** One link network on one target. */
    public record Network(
            String link, String cidr, String gateway, boolean external, String target, List<Member> members) {
        public Network {
            members = List.copyOf(members);
        }
    }

    /** One CP on the network: its NF and workload, the interface inside it, one address per instance. */
    public record Member(String nf, String workload, String cp, String interfaceName, List<String> addresses) {
        public Member {
            addresses = List.copyOf(addresses);
        }
    }

    private NetworkListing() {}

    public static List<Network> of(DesiredState desired) {
        List<Network> networks = new ArrayList<>();
        for (DesiredState.TargetUnit unit : desired.units()) {
            for (LinkNetwork network : unit.unit().networks()) {
                networks.add(new Network(
                        network.link(),
                        network.cidr(),
                        network.gateway().orElse(""),
                        network.external(),
                        unit.targetName(),
                        members(unit.unit().workloads(), network.link())));
            }
        }
        return networks;
    }

    private static List<Member> members(List<Workload> workloads, String link) {
        List<Member> members = new ArrayList<>();
        for (Workload w : workloads) {
            for (Workload.Attachment a : w.dataPlane().attachments()) {
                if (a.link().equals(link)) {
                    members.add(new Member(w.nf(), w.name(), a.connectionPoint(), a.interfaceName(), a.addresses()));
                }
            }
        }
        return members;
    }
}
