package io.chainline.console.base.service;

import io.chainline.console.base.service.ChainlineException.Category;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for every address the console fetches from or calls on a user's word (SOL005 package URIs, subscription
 * callbacks, registries): http or https only, and every address the host resolves to must be public unless the lab
 * allow-listed it ({@code chainline.outbound.allow}). The check is made on the resolved addresses and the caller
 * connects to exactly the address checked, so a name that resolves differently the second time (DNS rebinding) gains
 * nothing. Refusals name the class of address, never the address the name resolved to.
 */
public final class OutboundPolicy {

    /** Resolves a host name; injected so tests can make any name resolve anywhere. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /** An address the policy accepted: connect to {@code address}, speak to {@code host} (Host header, TLS name). */
    public record Target(URI uri, String scheme, String host, int port, List<InetAddress> addresses) {
        public boolean tls() {
            return scheme.equals("https");
        }

        /** scheme://host:port, to tell whether a redirect leaves the origin credentials were given for. */
        public String origin() {
            return scheme + "://" + host + ":" + port;
        }
    }

    private static final Pattern NUMERIC_PART = Pattern.compile("0x[0-9a-f]*|[0-9]+");
    private static final Pattern CANONICAL_PART = Pattern.compile("0|[1-9][0-9]{0,2}");

    private final OutboundAllowList allow;
    private final Resolver resolver;

    public OutboundPolicy(OutboundAllowList allow, Resolver resolver) {
        this.allow = allow;
        this.resolver = resolver;
    }

    /** The policy with the system's resolver. */
    public static OutboundPolicy of(String allowList) {
        return new OutboundPolicy(
                OutboundAllowList.parse(allowList), host -> Arrays.asList(InetAddress.getAllByName(host)));
    }

    /** Checks {@code uri} and resolves it once; what is returned is what the caller connects to. */
    public Target check(URI uri) {
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused("only http and https addresses are fetched");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused("credentials inside the address are not sent; give them separately");
        }
        String host = host(uri);
        int port = uri.getPort() < 0 ? (scheme.equals("https") ? 443 : 80) : uri.getPort();
        if (ambiguousNumeric(host)) {
            throw refused("a numeric address in a non-standard form");
        }
        List<InetAddress> addresses = resolve(host);
        if (!allow.allowsName(host, port)) {
            for (InetAddress address : addresses) {
                Optional<String> kind = AddressClass.restricted(address);
                boolean allowed = allow.allowsAddress(address, port)
                        || AddressClass.embeddedV4(address.getAddress())
                                .filter(v4 -> allow.allowsAddress(v4, port))
                                .isPresent();
                if (kind.isPresent() && !allowed) {
                    throw refused("a " + kind.get() + " address");
                }
            }
        }
        return new Target(uri, scheme, host, port, List.copyOf(addresses));
    }

    private static String host(URI uri) {
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            // java.net.URI gives no host for forms such as 127.1 (a registry-based authority)
            String authority = Optional.ofNullable(uri.getRawAuthority()).orElse("");
            throw refused(
                    ambiguousNumeric(authority.replaceFirst(":\\d*$", ""))
                            ? "a numeric address in a non-standard form"
                            : "the address names no host");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    /**
     * {@code 2130706433}, {@code 0177.0.0.1}, {@code 0x7f.1}: forms that C and Java resolvers read as numbers and that
     * only serve to hide an address; a lab writes its addresses as dotted quads.
     */
    static boolean ambiguousNumeric(String host) {
        String[] parts = host.split("\\.", -1);
        if (!Arrays.stream(parts).allMatch(p -> NUMERIC_PART.matcher(p).matches())) {
            return false;
        }
        return parts.length != 4
                || !Arrays.stream(parts)
                        .allMatch(p -> CANONICAL_PART.matcher(p).matches() && Integer.parseInt(p) <= 255);
    }

    private List<InetAddress> resolve(String host) {
        try {
            List<InetAddress> addresses = resolver.resolve(host);
            if (addresses.isEmpty()) {
                throw new UnknownHostException(host);
            }
            return addresses;
        } catch (UnknownHostException e) {
            throw OutboundPolicy.failed(e);
        }
    }

    static ChainlineException refused(String why) {
        return new ChainlineException(
                "OUTBOUND-REFUSED",
                Category.INVALID,
                "Refused by the console's outbound policy (" + why + "). A lab allow-lists its own hosts in"
                        + " chainline.outbound.allow.");
    }

    /** One answer for every way a connection fails: which one it was would tell a port scanner what is there. */
    public static ChainlineException failed(Throwable cause) {
        return new ChainlineException(
                "OUTBOUND-FAILED",
                Category.INVALID,
                "Could not fetch from that address (it did not resolve, accept the connection or answer in time).",
                cause);
    }
}
