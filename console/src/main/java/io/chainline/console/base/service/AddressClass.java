package io.chainline.console.base.service;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/** Which addresses are not the public internet, named for refusals: loopback, private, link-local and the like. */
final class AddressClass {

    private AddressClass() {}

    /** The class of a non-public address, or empty for a public one. */
    static Optional<String> restricted(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            Optional<InetAddress> embedded = embeddedV4(v6.getAddress());
            if (embedded.isPresent()) {
                return restricted(embedded.get());
            }
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("private");
        }
        byte[] b = address.getAddress();
        return address instanceof Inet4Address ? v4(b) : v6(b);
    }

    private static Optional<String> v4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return Optional.of("unspecified");
        }
        if (first == 100 && second >= 64 && second < 128) {
            return Optional.of("private"); // carrier-grade NAT, 100.64/10
        }
        if (first == 198 && (second == 18 || second == 19)) {
            return Optional.of("private"); // benchmarking, 198.18/15
        }
        if (first >= 240) {
            return Optional.of("reserved"); // 240/4 and the broadcast address
        }
        return Optional.empty();
    }

    private static Optional<String> v6(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc) {
            return Optional.of("private"); // unique local, fc00::/7
        }
        return Optional.empty();
    }

    /** IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16). */
    static Optional<InetAddress> embeddedV4(byte[] b) {
        if (b.length != 16) {
            return Optional.empty();
        }
        boolean zeros10 = Arrays.equals(Arrays.copyOf(b, 10), new byte[10]);
        boolean mapped = zeros10 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeros10 && b[10] == 0 && b[11] == 0 && !allZeroOrOne(b);
        boolean nat64 = (b[0] & 0xff) == 0x00
                && (b[1] & 0xff) == 0x64
                && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b
                && Arrays.equals(Arrays.copyOfRange(b, 4, 12), new byte[8]);
        if (mapped || compatible || nat64) {
            return Optional.of(inet4(Arrays.copyOfRange(b, 12, 16)));
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return Optional.of(inet4(Arrays.copyOfRange(b, 2, 6)));
        }
        return Optional.empty();
    }

    /** :: and ::1 are themselves (unspecified, loopback), not IPv4-compatible addresses. */
    private static boolean allZeroOrOne(byte[] b) {
        return Arrays.equals(Arrays.copyOf(b, 15), new byte[15]) && (b[15] == 0 || b[15] == 1);
    }

    private static InetAddress inet4(byte[] four) {
        try {
            return InetAddress.getByAddress(four);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
