package io.chainline.tosca.net;

import java.math.BigInteger;
import java.util.Optional;

/**
 * An IPv4 or IPv6 subnet in CIDR notation ({@code 10.60.2.0/24}, {@code fd00:60:2::/64}). Only the network address
 * is accepted: {@code 10.60.2.7/24} has host bits set and is refused, so a subnet is written one way.
 *
 * @param network the first address of the subnet
 * @param prefix the prefix length, 0..32 or 0..128
 */
public record Cidr(IpAddress network, int prefix) {

    public Cidr {
        if (prefix < 0 || prefix > network.bits()) {
            throw new IllegalArgumentException("/" + prefix + " is no IPv" + network.version() + " prefix.");
        }
        if (!network.value().and(hostMask(network.bits(), prefix)).equals(BigInteger.ZERO)) {
            throw new IllegalArgumentException(network + "/" + prefix + " has host bits set.");
        }
    }

    /** The subnet a text names, or empty when it is none (no prefix, a bad address, host bits set). */
    public static Optional<Cidr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2 || !parts[1].matches("\\d{1,3}")) {
            return Optional.empty();
        }
        Optional<IpAddress> address = IpAddress.parse(parts[0]);
        int prefix = Integer.parseInt(parts[1]);
        if (address.isEmpty() || prefix > address.get().bits()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Cidr(address.get(), prefix));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Why a text is no subnet, in words a user can act on; empty when it is one. */
    public static Optional<String> problem(String text) {
        if (parse(text).isPresent()) {
            return Optional.empty();
        }
        String[] parts = text == null ? new String[0] : text.trim().split("/", -1);
        if (parts.length == 2 && parts[1].matches("\\d{1,3}")) {
            Optional<IpAddress> address = IpAddress.parse(parts[0]);
            int prefix = Integer.parseInt(parts[1]);
            if (address.isPresent() && prefix <= address.get().bits()) {
                IpAddress network = new IpAddress(
                        address.get().version(),
                        address.get().value().andNot(hostMask(address.get().bits(), prefix)));
                return Optional.of("'" + text + "' has host bits set; the subnet is " + network + "/" + prefix);
            }
        }
        return Optional.of("'" + text + "' is no subnet in CIDR notation (such as 10.60.2.0/24 or fd00:60:2::/64)");
    }

    public int version() {
        return network.version();
    }

    /** The last address of the subnet (the broadcast address in IPv4). */
    public IpAddress last() {
        return new IpAddress(network.version(), network.value().or(hostMask(network.bits(), prefix)));
    }

    public boolean contains(IpAddress address) {
        return address.version() == version() && address.compareTo(network) >= 0 && address.compareTo(last()) <= 0;
    }

    /** Whether the two subnets share any address (one contains the other, as CIDR blocks never cross). */
    public boolean overlaps(Cidr other) {
        return other.version() == version() && (contains(other.network) || other.contains(network));
    }

    /** How many addresses the subnet has. */
    public BigInteger size() {
        return BigInteger.ONE.shiftLeft(network.bits() - prefix);
    }

    @Override
    public String toString() {
        return network + "/" + prefix;
    }

    private static BigInteger hostMask(int bits, int prefix) {
        return BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
    }
}
