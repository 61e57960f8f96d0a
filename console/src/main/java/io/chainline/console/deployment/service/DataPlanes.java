package io.chainline.console.deployment.service;

import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.Workload;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.Vdu;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A chain's data plane for one deployment: each link's network, and each workload's interfaces, capabilities and
 * chain context. A chain carries traffic once its design says how it is addressed (a subnet on any link or address
 * data on any CP); a chain that says nothing keeps today's shape: the management network only. Pure.
 */
final class DataPlanes {

    /** NET_ADMIN: a forwarding NF sets its routes and policy rules itself. */
    static final String NET_ADMIN = "NET_ADMIN";

    /**
     * What addresses a deployment may use: the pool for links without a subnet, the subnets other live deployments
     * hold, and what this deployment had before (so nothing that stays changes).
     */
    record Inputs(SubnetPool pool, Collection<Ipv4Subnet> taken, LinkAddressing.Previous previous) {
        static Inputs fresh() {
            return new Inputs(SubnetPool.of(SubnetPool.DEFAULT), List.of(), LinkAddressing.Previous.NONE);
        }

        /** What a stored desired state gave: its subnets and addresses, to keep. */
        static LinkAddressing.Previous previous(Optional<DesiredState> desired) {
            Map<String, String> subnets = new LinkedHashMap<>();
            Map<String, List<String>> addresses = new LinkedHashMap<>();
            desired.ifPresent(d -> d.units().forEach(u -> {
                u.unit().networks().forEach(n -> subnets.putIfAbsent(n.link(), n.cidr()));
                u.unit()
                        .workloads()
                        .forEach(w -> w.dataPlane()
                                .attachments()
                                .forEach(a -> addresses.put(
                                        LinkAddressing.key(w.name(), a.connectionPoint()), a.addresses())));
            }));
            return new LinkAddressing.Previous(subnets, addresses);
        }
    }

    /** One placed VDU: its workload as built so far, and its NF and VDU in the blueprint. */
    record Placed(Workload workload, ChainBlueprint.Nf nf, Vdu vdu) {}

    private final ChainLinks chain;
    private final LinkAddressing addressing;
    private final ChainContexts contexts;

    private DataPlanes(ChainLinks chain, LinkAddressing addressing, ChainContexts contexts) {
        this.chain = chain;
        this.addressing = addressing;
        this.contexts = contexts;
    }

    /** Empty when the chain carries no traffic of its own (no address data anywhere in its design). */
    static Optional<DataPlanes> of(
            String deployment, ChainBlueprint.Blueprint blueprint, List<Placed> placed, Inputs inputs) {
        ChainLinks chain = ChainLinks.of(blueprint);
        if (!chain.carriesTraffic() || chain.links().isEmpty()) {
            return Optional.empty();
        }
        List<LinkAddressing.Member> members = placed.stream()
                .map(p -> new LinkAddressing.Member(
                        p.workload().name(),
                        p.nf().name(),
                        p.vdu().node(),
                        p.workload().replicas()))
                .toList();
        LinkAddressing addressing =
                LinkAddressing.allocate(chain, members, inputs.pool(), inputs.taken(), inputs.previous());
        return Optional.of(new DataPlanes(
                chain, addressing, new ChainContexts(deployment, blueprint.ns(), chain, addressing, members)));
    }

    /** The workload with its interfaces, capabilities and chain context; unchanged when it has no data CP. */
    Workload attach(Placed p) {
        Workload w = p.workload();
        LinkAddressing.Member member =
                new LinkAddressing.Member(w.name(), p.nf().name(), p.vdu().node(), w.replicas());
        List<ChainLinks.Cp> cps = chain.cpsOf(p.nf().name(), p.vdu().node());
        if (cps.isEmpty()) {
            return w;
        }
        List<Workload.Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < cps.size(); i++) {
            ChainLinks.Cp cp = cps.get(i);
            attachments.add(new Workload.Attachment(
                    cp.name(), cp.link(), ChainContexts.interfaceName(i), addressing.of(w.name(), cp.name())));
        }
        boolean forwarding = cps.size() >= 2 && contexts.onAPath(p.nf().name());
        TreeSet<String> capabilities = new TreeSet<>(declaredCapabilities(p.vdu()));
        if (forwarding) {
            capabilities.add(NET_ADMIN);
        }
        Map<String, String> configuration = new LinkedHashMap<>(w.configuration());
        configuration.put(Workload.CHAIN_CONTEXT, ChainContexts.json(contexts.of(member, forwarding)));
        return new Workload(
                w.nf(),
                w.vdu(),
                w.stateful(),
                w.replicas(),
                w.containers(),
                w.vm(),
                w.isolation(),
                w.runtimeClass(),
                w.architectures(),
                w.spreadAcrossNodes(),
                w.connectionPoints(),
                configuration,
                new Workload.DataPlane(attachments, forwarding, capabilities));
    }

    private static List<String> declaredCapabilities(Vdu vdu) {
        return vdu instanceof ContainerVdu c
                ? c.containers().stream()
                        .flatMap(k -> k.extensions().capabilities().stream())
                        .toList()
                : List.of();
    }

    /** The networks of the links these workloads attach to, in the chain's link order. */
    List<LinkNetwork> networksFor(List<Workload> workloads) {
        List<LinkNetwork> networks = new ArrayList<>();
        for (ChainLinks.Link link : chain.links()) {
            boolean used = workloads.stream()
                    .anyMatch(w -> w.dataPlane().attachments().stream()
                            .anyMatch(a -> a.link().equals(link.name())));
            if (used) {
                AddressSpace space = addressing.subnets().get(link.name());
                networks.add(new LinkNetwork(
                        link.name(),
                        space.subnet().toString(),
                        space.gateway().map(Ipv4Subnet::dotted),
                        link.external(),
                        LinkNetwork.Driver.BRIDGE,
                        Optional.empty(),
                        Optional.empty()));
            }
        }
        return networks;
    }
}
