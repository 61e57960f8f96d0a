package io.chainline.console.catalog.service;

import io.chainline.tosca.model.CpAddressing;
import io.chainline.tosca.model.L3Data;
import java.math.BigInteger;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The designers' subnet and address fields as the model holds them, and what is wrong with them as typed. The model
 * keeps what was typed, even when it does not parse, so a reload shows it with its finding; nothing here resolves a
 * name (literals only, no DNS).
 */
public final class Subnets {

    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private Subnets() {}

    /** The link's layer-3 data from its fields; all empty: none, so Chainline allocates a subnet at deploy time. */
    public static Optional<L3Data> l3(String cidr, String gateway, String pools, boolean dhcp) {
        String c = cidr.trim();
        String g = gateway.trim();
        List<L3Data.Pool> p = pools(pools);
        if (c.isEmpty() && g.isEmpty() && p.isEmpty() && !dhcp) {
            return Optional.empty();
        }
        return Optional.of(new L3Data(c, g.isEmpty() ? Optional.empty() : Optional.of(g), p, dhcp, version(c)));
    }

    /** {@code 10.0.0.10-10.0.0.50, 10.0.0.100-10.0.0.120}; an item without a dash keeps its text as the start. */
    public static List<L3Data.Pool> pools(String text) {
        List<L3Data.Pool> pools = new ArrayList<>();
        for (String item : text.split(",")) {
            String t = item.trim();
            if (t.isEmpty()) {
                continue;
            }
            int dash = t.indexOf('-');
            pools.add(
                    dash < 0
                            ? new L3Data.Pool(t, "")
                            : new L3Data.Pool(
                                    t.substring(0, dash).trim(),
                                    t.substring(dash + 1).trim()));
        }
        return pools;
    }

    public static String poolsText(List<L3Data.Pool> pools) {
        return String.join(
                ", ",
                pools.stream()
                        .map(p -> p.end().isEmpty() ? p.start() : p.start() + "-" + p.end())
                        .toList());
    }

    /** Comma-separated addresses, one per instance, as typed (blanks dropped). */
    public static List<String> addresses(String text) {
        return Arrays.stream(text.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** What is wrong with a subnet as typed, or empty when nothing is. */
    public static Optional<String> cidrProblem(String cidr) {
        if (cidr.isEmpty()) {
            return Optional.empty();
        }
        return prefix(cidr).isPresent()
                ? Optional.empty()
                : Optional.of(
                        "L3-INVALID: '" + cidr + "' is not a subnet; write it as 10.60.2.0/24 or fd00:60:2::/64.");
    }

    /** What is wrong with the link's gateway and pools against its subnet, or empty. */
    public static Optional<String> gatewayProblem(L3Data l3) {
        return l3.gateway().flatMap(g -> addressProblem(g, l3.cidr()));
    }

    public static Optional<String> poolsProblem(L3Data l3) {
        for (L3Data.Pool pool : l3.allocationPools()) {
            if (pool.end().isEmpty()) {
                return Optional.of("L3-INVALID: write each pool as first-last, e.g. 10.60.2.10-10.60.2.99.");
            }
            Optional<String> problem =
                    addressProblem(pool.start(), l3.cidr()).or(() -> addressProblem(pool.end(), l3.cidr()));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** What is wrong with a CP's fixed addresses, given its link's subnet (if any), or empty. */
    public static Optional<String> addressingProblem(CpAddressing addressing, Optional<L3Data> link) {
        Set<String> seen = new HashSet<>();
        for (String address : addressing.fixedAddresses()) {
            Optional<String> problem =
                    addressProblem(address, link.map(L3Data::cidr).orElse(""));
            if (problem.isPresent()) {
                return problem;
            }
            if (!seen.add(address.toLowerCase(Locale.ROOT))) {
                return Optional.of("L3-ADDRESS-DUPLICATE: " + address + " is given twice.");
            }
        }
        return Optional.empty();
    }

    /** An address that does not parse, or (when the subnet parses) lies outside it. */
    public static Optional<String> addressProblem(String address, String cidr) {
        Optional<InetAddress> parsed = literal(address);
        if (parsed.isEmpty()) {
            return Optional.of("L3-INVALID: '" + address + "' is not an IP address.");
        }
        Optional<Prefix> subnet = prefix(cidr);
        if (subnet.isPresent() && !subnet.get().contains(parsed.get())) {
            return Optional.of("L3-ADDRESS-OUTSIDE-SUBNET: " + address + " is not in " + cidr + ".");
        }
        return Optional.empty();
    }

    private static String version(String cidr) {
        return cidr.contains(":") ? "ipv6" : "ipv4";
    }

    private record Prefix(BigInteger network, int bits, int length) {
        boolean contains(InetAddress address) {
            byte[] raw = address.getAddress();
            if (raw.length * 8 != bits) {
                return false;
            }
            return new BigInteger(1, raw).shiftRight(bits - length).equals(network.shiftRight(bits - length));
        }
    }

    private static Optional<Prefix> prefix(String cidr) {
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        Optional<InetAddress> base = literal(cidr.substring(0, slash));
        String length = cidr.substring(slash + 1);
        if (base.isEmpty() || !length.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int bits = base.get().getAddress().length * 8;
        int n = Integer.parseInt(length);
        return n > bits
                ? Optional.empty()
                : Optional.of(new Prefix(new BigInteger(1, base.get().getAddress()), bits, n));
    }

    /**
     * A literal address only: what reaches {@link InetAddress#getByName} is a dotted quad or contains a colon, which it
     * parses as an IPv6 literal (or refuses) without ever looking a name up.
     */
    private static Optional<InetAddress> literal(String text) {
        String t = text.trim();
        boolean v6 = t.contains(":") && t.matches("[0-9A-Fa-f:.]+");
        if (!v6 && !IPV4.matcher(t).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(t));
        } catch (java.net.UnknownHostException e) {
            return Optional.empty();
        }
    }
}
