package io.chainline.console.deployment.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import java.util.Collection;

/**
 * Where links without a subnet of their own get one: the lowest {@code /prefix} block of the pool that overlaps no
 * subnet already taken (by this deployment's other links or by another live deployment: one Docker host refuses
 * overlapping networks). Pure and deterministic: the same pool and taken set give the same subnet.
 */
record SubnetPool(Ipv4Subnet pool, int prefix) {

    /** The default pool: 1024 subnets of /24, private (RFC 1918) and clear of Docker's and Podman's own defaults. */
    static final String DEFAULT = "10.60.0.0/14";

    SubnetPool {
        if (prefix < pool.prefix() || prefix > 30) {
            throw new IllegalArgumentException(
                    "Link subnets of /" + prefix + " do not fit the address pool " + pool + ".");
        }
    }

    static SubnetPool of(String cidr) {
        return new SubnetPool(Ipv4Subnet.parse(cidr), 24);
    }

    Ipv4Subnet next(Collection<Ipv4Subnet> taken) {
        long step = 1L << (32 - prefix);
        for (long network = pool.network(); network + step - 1 <= pool.last(); network += step) {
            Ipv4Subnet candidate = new Ipv4Subnet(network, prefix);
            if (taken.stream().noneMatch(candidate::overlaps)) {
                return candidate;
            }
        }
        throw new ChainlineException(
                "DEPLOYMENT-ADDRESS-POOL-EXHAUSTED",
                Category.CONFLICT,
                "The address pool " + pool + " has no free /" + prefix + " left for this chain's links; terminate"
                        + " deployments you no longer need or widen chainline.chains.address-pool.");
    }
}
