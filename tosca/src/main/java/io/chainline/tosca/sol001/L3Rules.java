package io.chainline.tosca.sol001;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.model.CpAddressing;
import io.chainline.tosca.model.Descriptor;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.L3Data;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.net.Cidr;
import io.chainline.tosca.net.IpAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layer-3 rules of one VNF flavour or one NS: every subnet and address parses, subnets do not overlap, a fixed
 * address lies in the subnet of the link its connection point is on and is used once there (and is not the
 * gateway), allocation pools lie in their subnet in order, and a point without fixed addresses asks for at least
 * one. Checked on the model ({@link L3Sink#onModel}, paths into the model such as
 * {@code flavours.default.virtualLinks.lan.l3.cidr}) and on an imported template ({@link L3Sink#located}, the file,
 * line and YAML path of the node).
 */
public final class L3Rules {

    private static final List<String> L3 =
            List.of("properties", "vl_profile", "virtual_link_protocol_data", "l3_protocol_data");
    private static final List<String> ADDRESS = List.of("properties", "protocol", "address_data", "l3_address_data");

    private static List<String> at(List<String> base, String key) {
        List<String> keys = new ArrayList<>(base);
        keys.add(key);
        return keys;
    }

    public void check(Descriptor descriptor, L3Sink sink) {
        switch (descriptor) {
            case VnfDescriptor vnf -> vnf.flavours().forEach(f -> check(f, sink));
            case NsDescriptor ns -> check(ns, sink);
            case io.chainline.tosca.model.PnfDescriptor pnf -> {
                // A PNF's addresses are the physical box's own; nothing here allocates or checks them.
            }
        }
    }

    private void check(Flavour flavour, L3Sink sink) {
        String prefix = "flavours." + flavour.id() + ".";
        List<Point> points = new ArrayList<>();
        for (VduCp cp : flavour.cps()) {
            cp.addressing()
                    .ifPresent(a -> points.add(new Point(cp.node(), prefix + "cps." + cp.node(), cp.virtualLink(), a)));
        }
        for (ExtCp cp : flavour.extCps()) {
            cp.addressing()
                    .ifPresent(a -> points.add(
                            new Point(cp.node(), prefix + "extCps." + cp.node(), cp.internalVirtualLink(), a)));
        }
        new Scope(Optional.of(flavour.id()), prefix + "virtualLinks.", sink).check(flavour.virtualLinks(), points);
    }

    private void check(NsDescriptor ns, L3Sink sink) {
        List<Point> points = new ArrayList<>();
        for (ExtCp sap : ns.saps()) {
            sap.addressing()
                    .ifPresent(
                            a -> points.add(new Point(sap.node(), "saps." + sap.node(), sap.internalVirtualLink(), a)));
        }
        new Scope(Optional.empty(), "virtualLinks.", sink).check(ns.virtualLinks(), points);
    }

    /** A connection point with addresses: its node, model path and link. */
    private record Point(String node, String path, Optional<String> link, CpAddressing addressing) {}

    /** One flavour's or one NS's links and points. */
    private record Scope(Optional<String> flavour, String linkPrefix, L3Sink sink) {

        void check(List<VirtualLink> links, List<Point> points) {
            Map<String, Cidr> subnets = new LinkedHashMap<>();
            Map<String, Map<IpAddress, String>> used = new HashMap<>();
            for (VirtualLink link : links) {
                link.l3()
                        .ifPresent(l3 -> subnet(link.node(), l3).ifPresent(cidr -> {
                            overlap(link.node(), cidr, subnets);
                            subnets.put(link.node(), cidr);
                            Map<IpAddress, String> onLink = used.computeIfAbsent(link.node(), k -> new HashMap<>());
                            link.l3().flatMap(L3Data::gateway).ifPresent(g -> gateway(link.node(), g, cidr, onLink));
                            pools(link.node(), l3, cidr);
                        }));
            }
            points.forEach(p -> point(p, subnets, used));
        }

        private Optional<Cidr> subnet(String link, L3Data l3) {
            String where = linkPrefix + link + ".l3";
            List<String> yaml = at(L3, "cidr");
            if (!l3.ipVersion().equals("ipv4") && !l3.ipVersion().equals("ipv6")) {
                report(
                        IssueCode.L3_INVALID,
                        where + ".ipVersion",
                        link,
                        at(L3, "ip_version"),
                        "The IP version of link " + link + " is '" + l3.ipVersion() + "'; write ipv4 or ipv6.");
            }
            Optional<String> problem = Cidr.problem(l3.cidr());
            if (problem.isPresent()) {
                report(
                        IssueCode.L3_INVALID,
                        where + ".cidr",
                        link,
                        yaml,
                        "The subnet of link " + link + ": " + problem.get() + ".");
                return Optional.empty();
            }
            Cidr cidr = Cidr.parse(l3.cidr()).orElseThrow();
            if (!cidr.network().sol001Version().equals(l3.ipVersion())) {
                report(
                        IssueCode.L3_INVALID,
                        where + ".cidr",
                        link,
                        yaml,
                        "Link " + link + " is " + l3.ipVersion() + " but its subnet " + cidr + " is IPv"
                                + cidr.version() + "; make them agree.");
                return Optional.empty();
            }
            return Optional.of(cidr);
        }

        private void overlap(String link, Cidr cidr, Map<String, Cidr> earlier) {
            earlier.forEach((other, subnet) -> {
                if (subnet.overlaps(cidr)) {
                    report(
                            IssueCode.L3_SUBNETS_OVERLAP,
                            linkPrefix + link + ".l3.cidr",
                            link,
                            at(L3, "cidr"),
                            "The subnet " + cidr + " of link " + link + " overlaps " + subnet + " of link " + other
                                    + "; give each link its own subnet (such as the next free /24).");
                }
            });
        }

        private void gateway(String link, String gateway, Cidr cidr, Map<IpAddress, String> onLink) {
            String where = linkPrefix + link + ".l3.gateway";
            List<String> yaml = at(L3, "gateway_ip");
            Optional<IpAddress> address = IpAddress.parse(gateway);
            if (address.isEmpty()) {
                report(
                        IssueCode.L3_INVALID,
                        where,
                        link,
                        yaml,
                        "The gateway '" + gateway + "' of link " + link + " is no IP address; write one such as "
                                + cidr.network().plus(1) + ".");
            } else if (!cidr.contains(address.get())) {
                report(
                        IssueCode.L3_ADDRESS_OUTSIDE_SUBNET,
                        where,
                        link,
                        yaml,
                        "The gateway " + gateway + " of link " + link + " is outside its subnet " + cidr
                                + "; pick an address inside it.");
            } else {
                onLink.put(address.get(), "the gateway of " + link);
            }
        }

        private void pools(String link, L3Data l3, Cidr cidr) {
            for (int i = 0; i < l3.allocationPools().size(); i++) {
                L3Data.Pool pool = l3.allocationPools().get(i);
                String where = linkPrefix + link + ".l3.allocationPools[" + (i + 1) + "]";
                Optional<IpAddress> start = IpAddress.parse(pool.start());
                Optional<IpAddress> end = IpAddress.parse(pool.end());
                String problem;
                if (start.isEmpty() || end.isEmpty()) {
                    problem = "is not two IP addresses; write its first and last address";
                } else if (!cidr.contains(start.get()) || !cidr.contains(end.get())) {
                    problem = "is not inside the subnet " + cidr + "; keep it within the subnet";
                } else if (start.get().compareTo(end.get()) > 0) {
                    problem = "starts after it ends; swap its first and last address";
                } else {
                    continue;
                }
                report(
                        IssueCode.L3_INVALID,
                        where,
                        link,
                        at(L3, "ip_allocation_pools"),
                        "Allocation pool " + pool.start() + "–" + pool.end() + " of link " + link + " " + problem
                                + ".");
            }
        }

        private void point(Point point, Map<String, Cidr> subnets, Map<String, Map<IpAddress, String>> used) {
            List<String> yaml = at(ADDRESS, "fixed_ip_address");
            CpAddressing addressing = point.addressing();
            if (addressing.fixedAddresses().isEmpty() && addressing.numberOfAddresses() < 1) {
                report(
                        IssueCode.L3_INVALID,
                        point.path() + ".addressing.numberOfAddresses",
                        point.node(),
                        at(ADDRESS, "number_of_ip_address"),
                        "Connection point " + point.node() + " has no fixed address and asks for "
                                + addressing.numberOfAddresses() + "; ask for at least one or fix one.");
            }
            Optional<Cidr> cidr = point.link().map(subnets::get);
            Map<IpAddress, String> onLink = point.link()
                    .map(l -> used.computeIfAbsent(l, k -> new HashMap<>()))
                    .orElseGet(HashMap::new);
            for (int i = 0; i < addressing.fixedAddresses().size(); i++) {
                fixed(point, i, cidr, onLink, yaml);
            }
        }

        private void fixed(Point point, int i, Optional<Cidr> cidr, Map<IpAddress, String> onLink, List<String> yaml) {
            String text = point.addressing().fixedAddresses().get(i);
            String where = point.path() + ".addressing.fixedAddresses[" + (i + 1) + "]";
            Optional<IpAddress> address = IpAddress.parse(text);
            if (address.isEmpty()) {
                report(
                        IssueCode.L3_INVALID,
                        where,
                        point.node(),
                        yaml,
                        "The fixed address '" + text + "' of " + point.node()
                                + " is no IP address; write one such as 10.60.2.10.");
                return;
            }
            if (cidr.isPresent() && !cidr.get().contains(address.get())) {
                report(
                        IssueCode.L3_ADDRESS_OUTSIDE_SUBNET,
                        where,
                        point.node(),
                        yaml,
                        "The fixed address " + text
                                + " of " + point.node() + " is outside " + cidr.get() + ", the subnet of link "
                                + point.link().orElseThrow() + "; pick an address inside it or move the point.");
                return;
            }
            String earlier = onLink.putIfAbsent(address.get(), point.node());
            if (earlier != null) {
                String link = point.link().map(l -> " on link " + l).orElse("");
                report(
                        IssueCode.L3_ADDRESS_DUPLICATE,
                        where,
                        point.node(),
                        yaml,
                        "The fixed address " + text + " of "
                                + point.node() + link + " is already "
                                + (earlier.startsWith("the gateway") ? earlier : "used by " + earlier)
                                + "; every interface on a link needs its own address.");
            }
        }

        private void report(IssueCode code, String path, String node, List<String> yaml, String message) {
            sink.report(code, path, flavour, node, yaml, message);
        }
    }
}
