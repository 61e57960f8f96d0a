package io.chainline.console.deployment.service;

import io.chainline.tosca.model.ForwardingPath;
import io.chainline.tosca.model.NsDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds each workload's chain context (docs/chain-context.md) from the chain's forwarding paths, links and the
 * deployment's addresses. A neighbour is reached at its first instance's address: v1 does not spread a path over
 * a neighbour's instances. Pure.
 */
final class ChainContexts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One NF's stretch of a path: where it takes the path's traffic in and where it sends it on. */
    private record Visit(String nf, String in, String out) {}

    private final String deployment;
    private final NsDescriptor ns;
    private final ChainLinks chain;
    private final LinkAddressing addressing;
    private final List<LinkAddressing.Member> members;

    ChainContexts(
            String deployment,
            NsDescriptor ns,
            ChainLinks chain,
            LinkAddressing addressing,
            List<LinkAddressing.Member> members) {
        this.deployment = deployment;
        this.ns = ns;
        this.chain = chain;
        this.addressing = addressing;
        this.members = List.copyOf(members);
    }

    static String json(ChainContext context) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(context);
    }

    /** The NFs on a path, in order: an NF whose elements follow each other is one visit. */
    private List<Visit> visits(ForwardingPath path) {
        List<Visit> visits = new ArrayList<>();
        for (ForwardingPath.Position position : path.positions()) {
            for (ForwardingPath.Element element : position.elements()) {
                for (String point : element.profileElements()) {
                    ChainLinks.Hop hop = chain.forwarders().get(point);
                    if (hop == null) {
                        continue;
                    }
                    if (!visits.isEmpty() && visits.getLast().nf().equals(hop.nf())) {
                        Visit last = visits.removeLast();
                        visits.add(new Visit(last.nf(), last.in(), hop.link()));
                    } else {
                        visits.add(new Visit(hop.nf(), hop.link(), hop.link()));
                    }
                }
            }
        }
        return visits;
    }

    boolean onAPath(String nf) {
        return ns.forwardingGraphs().stream()
                .flatMap(g -> g.paths().stream())
                .anyMatch(p -> visits(p).stream().anyMatch(v -> v.nf().equals(nf)));
    }

    ChainContext of(LinkAddressing.Member member, boolean forwarding) {
        List<ChainContext.Interface> interfaces = new ArrayList<>();
        List<ChainLinks.Cp> cps = chain.cpsOf(member.nf(), member.vduNode());
        for (int i = 0; i < cps.size(); i++) {
            ChainLinks.Cp cp = cps.get(i);
            List<String> addresses = addressing.of(member.workload(), cp.name());
            interfaces.add(new ChainContext.Interface(
                    cp.name(),
                    cp.link(),
                    interfaceName(i),
                    addresses.isEmpty() ? "" : addresses.getFirst(),
                    addresses,
                    cidr(cp.link())));
        }
        List<ChainContext.Path> paths = new ArrayList<>();
        ns.forwardingGraphs()
                .forEach(g -> g.paths().forEach(p -> path(p, member, interfaces).ifPresent(paths::add)));
        return new ChainContext(
                ChainContext.VERSION,
                deployment,
                member.nf(),
                forwarding,
                new ChainContext.Management("eth0"),
                interfaces,
                paths);
    }

    /** eth0 is the management network's; data interfaces follow in CP order. */
    static String interfaceName(int index) {
        return "eth" + (index + 1);
    }

    private Optional<ChainContext.Path> path(
            ForwardingPath path, LinkAddressing.Member member, List<ChainContext.Interface> interfaces) {
        List<Visit> visits = visits(path);
        int at = -1;
        for (int i = 0; i < visits.size(); i++) {
            if (visits.get(i).nf().equals(member.nf())) {
                at = i;
                break;
            }
        }
        if (at < 0 || interfaces.isEmpty()) {
            return Optional.empty();
        }
        Visit here = visits.get(at);
        Optional<ChainContext.Hop> previous = at == 0
                ? Optional.empty()
                : hop(visits.get(at - 1).nf(), visits.get(at - 1).out(), interfaces);
        Optional<ChainContext.Hop> next = at == visits.size() - 1
                ? Optional.empty()
                : hop(visits.get(at + 1).nf(), visits.get(at + 1).in(), interfaces);
        return Optional.of(new ChainContext.Path(
                path.node(),
                at + 1,
                visits.size(),
                edge(visits.getFirst(), visits.size() > 1 ? visits.get(1).in() : null, true),
                edge(
                        visits.getLast(),
                        visits.size() > 1 ? visits.get(visits.size() - 2).out() : null,
                        false),
                previous,
                next,
                at == 0 ? match(path) : Optional.empty()));
    }

    /**
     * Where the path's traffic enters (or leaves) the chain: the first NF's link in (the last's link out), unless that
     * is the very link it shares with its neighbour; then the NF's external link, when it has one.
     */
    private Optional<ChainContext.LinkRef> edge(Visit visit, String shared, boolean ingress) {
        String link = ingress ? visit.in() : visit.out();
        if (link.equals(shared)) {
            link = chain.cps().stream()
                    .filter(cp -> cp.nf().equals(visit.nf()) && !cp.link().equals(shared))
                    .map(ChainLinks.Cp::link)
                    .filter(l -> chain.link(l).filter(ChainLinks.Link::external).isPresent())
                    .findFirst()
                    .orElse(null);
        }
        return Optional.ofNullable(link).map(l -> new ChainContext.LinkRef(l, cidr(l)));
    }

    private Optional<ChainContext.Hop> hop(String nf, String link, List<ChainContext.Interface> interfaces) {
        Optional<String> mine = interfaces.stream()
                .filter(i -> i.link().equals(link))
                .map(ChainContext.Interface::name)
                .findFirst();
        Optional<String> theirs = members.stream()
                .filter(m -> m.nf().equals(nf))
                .flatMap(m -> chain.cpsOf(m.nf(), m.vduNode()).stream()
                        .filter(cp -> cp.link().equals(link))
                        .flatMap(cp -> addressing.of(m.workload(), cp.name()).stream()))
                .findFirst();
        return mine.isPresent() && theirs.isPresent()
                ? Optional.of(new ChainContext.Hop(nf, theirs.get(), mine.get()))
                : Optional.empty();
    }

    private String cidr(String link) {
        return addressing.subnets().get(link).subnet().toString();
    }

    /** The path's first classifier rule ({@code NfpRule}) as the context's match; absent when it selects nothing. */
    static Optional<ChainContext.Match> match(ForwardingPath path) {
        if (path.rules().isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> c = path.rules().getFirst().criteria();
        ChainContext.Match match = new ChainContext.Match(
                Optional.ofNullable(c.get("protocol")).map(p -> p.toLowerCase(Locale.ROOT)),
                Optional.ofNullable(c.get("source_ip_address_prefix")),
                Optional.ofNullable(c.get("destination_ip_address_prefix")),
                Optional.ofNullable(c.get("source_port_range")).map(ChainContexts::ports),
                Optional.ofNullable(c.get("destination_port_range")).map(ChainContexts::ports));
        return match.isEmpty() ? Optional.empty() : Optional.of(match);
    }

    /** SOL001's {@code 80..80} or {@code 1000..2000} as {@code 80} or {@code 1000-2000}. */
    static String ports(String range) {
        String[] ends = range.split("\\.\\.|-", 2);
        return ends.length == 2 && !ends[0].trim().equals(ends[1].trim())
                ? ends[0].trim() + "-" + ends[1].trim()
                : ends[0].trim();
    }
}
