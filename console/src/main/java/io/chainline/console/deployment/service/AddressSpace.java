package io.chainline.console.deployment.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.tosca.model.L3Data;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The addresses one link hands out: its allocation pools (the whole subnet when none is given) without the network
 * and broadcast addresses and without the gateway. A link without a gateway still keeps its first address back: the
 * platform's bridge takes it (Docker gives a network's bridge the first host address). Pure.
 */
record AddressSpace(Ipv4Subnet subnet, Optional<Long> gateway, List<Range> pools) {

    /** First and last address, inclusive. */
    record Range(long first, long last) {}

    AddressSpace {
        pools = List.copyOf(pools);
    }

    static AddressSpace of(Ipv4Subnet subnet) {
        return new AddressSpace(subnet, Optional.empty(), List.of());
    }

    static AddressSpace of(L3Data l3) {
        Ipv4Subnet subnet = Ipv4Subnet.parse(l3.cidr());
        List<Range> pools = new ArrayList<>();
        try {
            l3.allocationPools()
                    .forEach(p -> pools.add(new Range(Ipv4Subnet.address(p.start()), Ipv4Subnet.address(p.end()))));
            return new AddressSpace(subnet, l3.gateway().map(Ipv4Subnet::address), pools);
        } catch (IllegalArgumentException e) {
            throw new ChainlineException(
                    "DEPLOYMENT-ADDRESS-INVALID",
                    Category.INVALID,
                    "Link " + l3.cidr() + " has a gateway or allocation pool that is not an IPv4 address.",
                    e);
        }
    }

    /** The first address a platform gives the link's own bridge or router. */
    long reserved() {
        return gateway.orElse(subnet.network() + 1);
    }

    boolean usable(long address) {
        boolean host = subnet.prefix() >= 31 || address != subnet.network() && address != subnet.last();
        boolean pooled = pools.isEmpty() || pools.stream().anyMatch(r -> address >= r.first() && address <= r.last());
        return subnet.contains(address) && host && pooled && address != reserved();
    }

    /**
     * The lowest {@code count} usable addresses not in {@code used}, in ascending order.
     *
     * @param link for the message when the link is full
     */
    List<Long> allocate(Set<Long> used, int count, String link) {
        List<Long> given = new ArrayList<>();
        List<Range> ranges = pools.isEmpty() ? List.of(new Range(subnet.network(), subnet.last())) : pools;
        for (Range range : ranges) {
            for (long a = Math.max(range.first(), subnet.network()); a <= Math.min(range.last(), subnet.last()); a++) {
                if (given.size() == count) {
                    return given;
                }
                if (usable(a) && !used.contains(a)) {
                    given.add(a);
                }
            }
        }
        if (given.size() < count) {
            throw new ChainlineException(
                    "DEPLOYMENT-LINK-FULL",
                    Category.CONFLICT,
                    "Link " + link + " (" + subnet + ") has no " + count + " free addresses left for its connection"
                            + " points; give it a larger subnet or fewer instances.");
        }
        return given;
    }
}
