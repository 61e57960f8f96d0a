package io.chainline.console.base.service;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A lab's exceptions to the outbound policy ({@code chainline.outbound.allow}): comma-separated host names, IP
 * addresses (either optionally with {@code :port}, IPv6 in brackets) and CIDR ranges. A name entry trusts whatever the
 * name resolves to (the lab's own DNS); an address or range entry trusts that address whatever name led to it.
 */
public final class OutboundAllowList {

    private record Entry(Optional<String> name, Optional<byte[]> network, int prefix, int port) {
        boolean portMatches(int wanted) {
            return port < 0 || port == wanted;
        }
    }

    private final List<Entry> entries;

    private OutboundAllowList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static OutboundAllowList none() {
        return new OutboundAllowList(List.of());
    }

    /** @throws IllegalArgumentException naming the entry that is neither a host, host:port nor CIDR */
    public static OutboundAllowList parse(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String raw : String.valueOf(text == null ? "" : text).split(",")) {
            String entry = raw.trim().toLowerCase(Locale.ROOT);
            if (!entry.isEmpty()) {
                entries.add(entry(entry));
            }
        }
        return new OutboundAllowList(entries);
    }

    private static Entry entry(String entry) {
        try {
            if (entry.contains("/")) {
                String[] cidr = entry.split("/", 2);
                byte[] network = literal(cidr[0]).orElseThrow().getAddress();
                int prefix = Integer.parseInt(cidr[1]);
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException(entry);
                }
                return new Entry(Optional.empty(), Optional.of(network), prefix, -1);
            }
            String host = entry;
            int port = -1;
            int colon = entry.lastIndexOf(':');
            boolean bareV6 = entry.indexOf(':') != colon;
            if (colon > 0 && !bareV6) {
                host = entry.substring(0, colon);
                port = Integer.parseInt(entry.substring(colon + 1));
            } else if (entry.startsWith("[") && entry.contains("]:")) {
                host = entry.substring(0, entry.indexOf("]:") + 1);
                port = Integer.parseInt(entry.substring(entry.indexOf("]:") + 2));
            }
            host = host.replace("[", "").replace("]", "");
            Optional<InetAddress> address = literal(host);
            int wanted = port;
            String name = host;
            return address.map(a ->
                            new Entry(Optional.empty(), Optional.of(a.getAddress()), a.getAddress().length * 8, wanted))
                    .orElseGet(() -> new Entry(Optional.of(name), Optional.empty(), 0, wanted));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "chainline.outbound.allow: '" + entry + "' is not a host, host:port or CIDR range", e);
        }
    }

    /** An IP literal (no DNS lookup), or empty for a host name. */
    static Optional<InetAddress> literal(String host) {
        boolean v6 = host.contains(":");
        boolean v4 = host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(host));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(host, e);
        }
    }

    boolean allowsName(String host, int port) {
        return entries.stream().anyMatch(e -> e.name().filter(host::equals).isPresent() && e.portMatches(port));
    }

    boolean allowsAddress(InetAddress address, int port) {
        byte[] bytes = address.getAddress();
        return entries.stream()
                .anyMatch(e ->
                        e.network().filter(n -> within(bytes, n, e.prefix())).isPresent() && e.portMatches(port));
    }

    private static boolean within(byte[] address, byte[] network, int prefix) {
        if (address.length != network.length) {
            return false;
        }
        int bits = address.length * 8;
        BigInteger mask = prefix == 0
                ? BigInteger.ZERO
                : BigInteger.ONE
                        .shiftLeft(bits)
                        .subtract(BigInteger.ONE)
                        .shiftRight(bits - prefix)
                        .shiftLeft(bits - prefix);
        return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
