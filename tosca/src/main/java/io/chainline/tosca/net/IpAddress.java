package io.chainline.tosca.net;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address as a number, parsed from a literal only: never a name lookup (unlike
 * {@code InetAddress.getByName}), and IPv4 only in the dotted-quad form a descriptor writes ({@code 10.0.0.1}, not
 * the BSD shorthands {@code 10.1}).
 *
 * @param version 4 or 6
 * @param value the address as an unsigned number of 32 or 128 bits
 */
public record IpAddress(int version, BigInteger value) implements Comparable<IpAddress> {

    private static final Pattern DOTTED_QUAD =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    public IpAddress {
        if (version != 4 && version != 6) {
            throw new IllegalArgumentException("IP version " + version + " is neither 4 nor 6.");
        }
        if (value.signum() < 0 || value.bitLength() > bits(version)) {
            throw new IllegalArgumentException(value + " is no IPv" + version + " address.");
        }
    }

    /** The address a literal names, or empty when it is none. */
    public static Optional<IpAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.trim();
        if (DOTTED_QUAD.matcher(literal).matches()) {
            BigInteger value = BigInteger.ZERO;
            for (String part : literal.split("\\.")) {
                value = value.shiftLeft(8).or(BigInteger.valueOf(Integer.parseInt(part)));
            }
            return Optional.of(new IpAddress(4, value));
        }
        if (!literal.contains(":") || literal.contains("%") || literal.contains("[")) {
            return Optional.empty(); // zones and brackets are not what a descriptor writes
        }
        return parse6(literal).map(value -> new IpAddress(6, value));
    }

    /** Eight hex groups, one {@code ::} standing for the missing ones, and an optional trailing dotted quad. */
    private static Optional<BigInteger> parse6(String text) {
        String literal = text;
        int colon = literal.lastIndexOf(':');
        String end = literal.substring(colon + 1);
        if (DOTTED_QUAD.matcher(end).matches()) {
            long v4 = parse(end).orElseThrow().value().longValueExact();
            literal =
                    literal.substring(0, colon + 1) + Long.toHexString(v4 >> 16) + ":" + Long.toHexString(v4 & 0xffff);
        }
        int gap = literal.indexOf("::");
        if (gap >= 0 && literal.indexOf("::", gap + 1) >= 0) {
            return Optional.empty();
        }
        List<String> first = groups(gap >= 0 ? literal.substring(0, gap) : literal);
        List<String> last = gap >= 0 ? groups(literal.substring(gap + 2)) : List.of();
        int missing = 8 - first.size() - last.size();
        if (gap >= 0 ? missing < 1 : missing != 0) {
            return Optional.empty();
        }
        List<String> groups = new ArrayList<>(first);
        groups.addAll(java.util.Collections.nCopies(missing, "0"));
        groups.addAll(last);
        BigInteger value = BigInteger.ZERO;
        for (String group : groups) {
            if (!group.matches("[0-9a-fA-F]{1,4}")) {
                return Optional.empty();
            }
            value = value.shiftLeft(16).or(BigInteger.valueOf(Integer.parseInt(group, 16)));
        }
        return Optional.of(value);
    }

    private static List<String> groups(String part) {
        return part.isEmpty() ? List.of() : List.of(part.split(":", -1));
    }

    /** 32 or 128. */
    public int bits() {
        return bits(version);
    }

    static int bits(int version) {
        return version == 4 ? 32 : 128;
    }

    /** {@code ipv4} or {@code ipv6}, SOL001's words. */
    public String sol001Version() {
        return "ipv" + version;
    }

    public IpAddress plus(long offset) {
        return new IpAddress(version, value.add(BigInteger.valueOf(offset)));
    }

    @Override
    public int compareTo(IpAddress other) {
        int byVersion = Integer.compare(version, other.version);
        return byVersion != 0 ? byVersion : value.compareTo(other.value);
    }

    /** The canonical text: dotted quad, or the shortest IPv6 form. */
    @Override
    public String toString() {
        if (version == 4) {
            long v = value.longValueExact();
            return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = value.shiftRight(16 * (7 - i)).intValue() & 0xffff;
        }
        int bestStart = -1;
        int bestLength = 1; // RFC 5952: only a run of two or more zero groups becomes ::
        for (int i = 0; i < 8; i++) {
            int run = 0;
            while (i + run < 8 && groups[i + run] == 0) {
                run++;
            }
            if (run > bestLength) {
                bestStart = i;
                bestLength = run;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
            } else {
                if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                    text.append(':');
                }
                text.append(Integer.toHexString(groups[i]));
            }
        }
        return text.toString();
    }
}
