package io.chainline.console.deployment.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.tosca.model.CpAddressing;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deployment's subnets and addresses: each link its descriptor's subnet or the next free block of the pool, each
 * data CP one address per instance (its fixed ones first, then allocated). What a previous desired state gave is kept
 * where it still fits, so reconcile, heal, scale, upgrade and a console restart change no address that stays. Pure.
 *
 * @param subnets by link
 * @param addresses by {@link #key(String, String) workload and CP}, one per instance in instance order
 */
record LinkAddressing(Map<String, AddressSpace> subnets, Map<String, List<String>> addresses) {

    /** One workload of the deployment: its name ({@code nf-vdu}), NF, VDU node and instance count. */
    record Member(String workload, String nf, String vduNode, int replicas) {}

    /** What the deployment had: subnets by link, addresses by workload and CP. */
    record Previous(Map<String, String> subnets, Map<String, List<String>> addresses) {
        static final Previous NONE = new Previous(Map.of(), Map.of());
    }

    static String key(String workload, String cp) {
        return workload + "/" + cp;
    }

    /**
     * @param taken subnets other live deployments hold
     */
    static LinkAddressing allocate(
            ChainLinks chain, List<Member> members, SubnetPool pool, Collection<Ipv4Subnet> taken, Previous previous) {
        Map<String, AddressSpace> spaces = subnets(chain, pool, taken, previous);
        Map<String, List<String>> addresses = new LinkedHashMap<>();
        for (ChainLinks.Link link : chain.links()) {
            addresses.putAll(addressesOn(link, spaces.get(link.name()), chain, members, previous));
        }
        return new LinkAddressing(spaces, addresses);
    }

    private static Map<String, AddressSpace> subnets(
            ChainLinks chain, SubnetPool pool, Collection<Ipv4Subnet> taken, Previous previous) {
        Map<String, AddressSpace> spaces = new LinkedHashMap<>();
        List<Ipv4Subnet> used = new ArrayList<>(taken);
        chain.links()
                .forEach(link -> link.l3().ifPresent(l3 -> {
                    AddressSpace space = AddressSpace.of(l3);
                    requireApart(link.name(), space.subnet(), spaces);
                    spaces.put(link.name(), space);
                    used.add(space.subnet());
                }));
        for (ChainLinks.Link link : chain.links()) {
            if (link.l3().isEmpty()) {
                Ipv4Subnet kept = java.util.Optional.ofNullable(
                                previous.subnets().get(link.name()))
                        .map(Ipv4Subnet::parse)
                        .filter(s -> used.stream().noneMatch(s::overlaps))
                        .orElseGet(() -> pool.next(used));
                spaces.put(link.name(), AddressSpace.of(kept));
                used.add(kept);
            }
        }
        return spaces;
    }

    private static void requireApart(String link, Ipv4Subnet subnet, Map<String, AddressSpace> spaces) {
        spaces.forEach((other, space) -> {
            if (space.subnet().overlaps(subnet)) {
                throw new ChainlineException(
                        "DEPLOYMENT-SUBNETS-OVERLAP",
                        Category.INVALID,
                        "Links " + other + " (" + space.subnet() + ") and " + link + " (" + subnet + ") overlap;"
                                + " give each link of the chain a subnet of its own.");
            }
        });
    }

    /** Fixed addresses and those kept from before first, so that allocating never takes one of them. */
    private static Map<String, List<String>> addressesOn(
            ChainLinks.Link link, AddressSpace space, ChainLinks chain, List<Member> members, Previous previous) {
        Set<Long> used = new HashSet<>();
        link.reserved().forEach(a -> used.add(inside(link, space, a)));
        Map<String, List<Long>> given = new LinkedHashMap<>();
        Map<String, Integer> wanted = new LinkedHashMap<>();
        for (Member m : members) {
            for (ChainLinks.Cp cp : chain.cpsOf(m.nf(), m.vduNode())) {
                if (cp.link().equals(link.name())) {
                    String key = key(m.workload(), cp.name());
                    List<Long> fixed = new ArrayList<>();
                    for (String a :
                            cp.addressing().map(CpAddressing::fixedAddresses).orElse(List.of())) {
                        if (fixed.size() < m.replicas()) {
                            fixed.add(claim(link, space, a, used));
                        }
                    }
                    given.put(key, fixed);
                    wanted.put(key, m.replicas());
                }
            }
        }
        keepPrevious(space, given, wanted, used, previous);
        Map<String, List<String>> addresses = new LinkedHashMap<>();
        given.forEach((key, list) -> {
            List<Long> all = new ArrayList<>(list);
            List<Long> fresh = space.allocate(used, wanted.get(key) - all.size(), link.name());
            used.addAll(fresh);
            all.addAll(fresh);
            addresses.put(key, all.stream().map(Ipv4Subnet::dotted).toList());
        });
        return addresses;
    }

    /** Instances that had an address keep it, as long as it is still free and usable on the link. */
    private static void keepPrevious(
            AddressSpace space,
            Map<String, List<Long>> given,
            Map<String, Integer> wanted,
            Set<Long> used,
            Previous previous) {
        given.forEach((key, list) -> {
            for (String a : previous.addresses().getOrDefault(key, List.of())) {
                if (list.size() >= wanted.get(key)) {
                    return;
                }
                long address = Ipv4Subnet.address(a);
                if (space.usable(address) && used.add(address)) {
                    list.add(address);
                }
            }
        });
    }

    private static long claim(ChainLinks.Link link, AddressSpace space, String address, Set<Long> used) {
        long value = inside(link, space, address);
        if (!used.add(value)) {
            throw new ChainlineException(
                    "DEPLOYMENT-ADDRESS-TWICE",
                    Category.INVALID,
                    "Address " + address + " is given twice on link " + link.name() + "; each CP instance needs its"
                            + " own.");
        }
        return value;
    }

    private static long inside(ChainLinks.Link link, AddressSpace space, String address) {
        long value;
        try {
            value = Ipv4Subnet.address(address);
        } catch (IllegalArgumentException e) {
            throw new ChainlineException(
                    "DEPLOYMENT-ADDRESS-INVALID", Category.INVALID, address + " is not an IPv4 address.", e);
        }
        if (!space.subnet().contains(value)) {
            throw new ChainlineException(
                    "DEPLOYMENT-ADDRESS-OUTSIDE",
                    Category.INVALID,
                    "Address " + address + " is outside link " + link.name() + "'s subnet " + space.subnet() + ".");
        }
        return value;
    }

    /** The addresses of one workload's CP (empty when it has none on a link). */
    List<String> of(String workload, String cp) {
        return addresses.getOrDefault(key(workload, cp), List.of());
    }
}
