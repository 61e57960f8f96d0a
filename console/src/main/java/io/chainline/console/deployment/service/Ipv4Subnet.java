package io.chainline.console.deployment.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;

/**
 * An IPv4 subnet ({@code 10.60.2.0/24}) as numbers: the data plane's addresses are computed, not parsed twice. Pure.
 *
 * @param network the network address as an unsigned 32-bit number
 * @param prefix the prefix length, 0–32
 */
record Ipv4Subnet(long network, int prefix) {

    Ipv4Subnet {
        if (prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException("An IPv4 prefix is 0 to 32 bits long, not " + prefix + ".");
        }
        network = network & mask(prefix);
    }

    static Ipv4Subnet parse(String cidr) {
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            throw invalid(cidr);
        }
        try {
            return new Ipv4Subnet(address(cidr.substring(0, slash)), Integer.parseInt(cidr.substring(slash + 1)));
        } catch (IllegalArgumentException e) {
            throw new ChainlineException(
                    "DEPLOYMENT-SUBNET-INVALID", Category.INVALID, cidr + " is not an IPv4 subnet (a.b.c.d/n).", e);
        }
    }

    /** {@code 10.60.2.20} as a number. */
    static long address(String dotted) {
        String[] parts = dotted.trim().split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException(dotted + " is not an IPv4 address.");
        }
        long value = 0;
        for (String part : parts) {
            int octet = Integer.parseInt(part);
            if (octet < 0 || octet > 255) {
                throw new IllegalArgumentException(dotted + " is not an IPv4 address.");
            }
            value = value << 8 | octet;
        }
        return value;
    }

    static String dotted(long address) {
        return (address >> 24 & 255) + "." + (address >> 16 & 255) + "." + (address >> 8 & 255) + "." + (address & 255);
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : 0xFFFF_FFFFL << (32 - prefix) & 0xFFFF_FFFFL;
    }

    private static ChainlineException invalid(String cidr) {
        return new ChainlineException(
                "DEPLOYMENT-SUBNET-INVALID", Category.INVALID, cidr + " is not an IPv4 subnet (a.b.c.d/n).");
    }

    long size() {
        return 1L << (32 - prefix);
    }

    long last() {
        return network + size() - 1;
    }

    boolean contains(long address) {
        return address >= network && address <= last();
    }

    boolean overlaps(Ipv4Subnet other) {
        return network <= other.last() && other.network <= last();
    }

    @Override
    public String toString() {
        return dotted(network) + "/" + prefix;
    }
}
