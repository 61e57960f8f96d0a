package io.chainline.connector.openstack;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A link subnet's allocation pools: its host addresses without the gateway and the addresses the chain fixed, so what
 * Neutron allocates by itself (its DHCP port, a port without a fixed address) never takes an address an NF was given.
 */
final class AddressPools {

    private AddressPools() {}

    /** {@code [{start, end}, …]} in address order; empty when nothing is left to allocate. */
    static List<Map<String, Object>> of(String cidr, Collection<String> reserved) {
        String[] parts = cidr.split("/");
        InetAddress network = parse(parts[0]);
        int bits = network.getAddress().length * 8;
        int prefix = Integer.parseInt(parts[1]);
        BigInteger base = number(network);
        BigInteger size = BigInteger.ONE.shiftLeft(bits - prefix);
        BigInteger first = base.add(BigInteger.ONE);
        // IPv4 keeps its broadcast address out; IPv6 has none
        BigInteger last = base.add(size).subtract(bits == 32 ? BigInteger.TWO : BigInteger.ONE);
        TreeSet<BigInteger> taken = new TreeSet<>();
        reserved.stream().map(a -> number(parse(a))).forEach(taken::add);
        List<Map<String, Object>> pools = new ArrayList<>();
        BigInteger cursor = first;
        for (BigInteger address : taken.subSet(first, true, last, true)) {
            if (address.compareTo(cursor) > 0) {
                pools.add(pool(cursor, address.subtract(BigInteger.ONE), bits));
            }
            cursor = address.add(BigInteger.ONE);
        }
        if (cursor.compareTo(last) <= 0) {
            pools.add(pool(cursor, last, bits));
        }
        return pools;
    }

    private static Map<String, Object> pool(BigInteger start, BigInteger end, int bits) {
        Map<String, Object> pool = new LinkedHashMap<>();
        pool.put("start", text(start, bits));
        pool.put("end", text(end, bits));
        return pool;
    }

    private static InetAddress parse(String literal) {
        if (!literal.strip().matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("Not an IP address: " + literal);
        }
        try {
            // a literal address: no name lookup happens
            return InetAddress.getByName(literal.strip());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not an IP address: " + literal, e);
        }
    }

    private static BigInteger number(InetAddress address) {
        return new BigInteger(1, address.getAddress());
    }

    private static String text(BigInteger number, int bits) {
        byte[] raw = number.toByteArray();
        byte[] bytes = new byte[bits / 8];
        int copy = Math.min(raw.length, bytes.length);
        System.arraycopy(raw, raw.length - copy, bytes, bytes.length - copy, copy);
        try {
            // IPv6 comes out uncompressed (fd00:0:0:0:0:0:0:1), which Neutron reads like any other form
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are always an address", e);
        }
    }
}
