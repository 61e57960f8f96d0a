package io.chainline.connector.docker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vCPE-like chain {@link ForwardingNfIT} builds by hand: its links (10.&lt;net&gt;.&lt;link&gt;.0/24), each NF's
 * links in connection-point order, their addresses, and the chain context the console would write for each NF
 * (docs/chain-context.md, version 1). Path "web" (tcp 8080 from the lan) crosses classifier, firewall, router and
 * VPN; path "rest" (anything else) crosses classifier, router and VPN.
 */
final class VcpeChain {

    static final List<String> LINKS = List.of("lan", "cl-fw", "fw-rt", "cl-rt", "rt-vpn", "wan");
    static final Map<String, List<String>> NFS = nfs();
    private static final Map<String, Integer> HOST =
            Map.of("classifier", 10, "firewall", 20, "router", 30, "vpn", 40, "client", 2, "server", 2);

    private final String run;
    private final int net;
    private final int firstInterface;

    VcpeChain(String run, int net) {
        this(run, net, 0);
    }

    /** @param firstInterface 1 where eth0 is a management network and the links come after it (the connector) */
    VcpeChain(String run, int net, int firstInterface) {
        this.run = run;
        this.net = net;
        this.firstInterface = firstInterface;
    }

    private static Map<String, List<String>> nfs() {
        Map<String, List<String>> nfs = new LinkedHashMap<>();
        nfs.put("classifier", List.of("lan", "cl-fw", "cl-rt"));
        nfs.put("firewall", List.of("cl-fw", "fw-rt"));
        nfs.put("router", List.of("fw-rt", "cl-rt", "rt-vpn"));
        nfs.put("vpn", List.of("rt-vpn", "wan"));
        return nfs;
    }

    /** The chain context the console would write for this NF (docs/chain-context.md, version 1). */
    Map<String, Object> context(String nf) {
        List<Map<String, Object>> interfaces = new ArrayList<>();
        List<String> links = NFS.get(nf);
        for (int i = 0; i < links.size(); i++) {
            interfaces.add(Map.of(
                    "cp",
                    nf + "-" + links.get(i),
                    "link",
                    links.get(i),
                    "interface",
                    "eth" + (i + firstInterface),
                    "address",
                    address(nf, links.get(i)),
                    "cidr",
                    cidr(links.get(i))));
        }
        List<Map<String, Object>> paths = new ArrayList<>();
        Map<String, Object> webMatch = Map.of("protocol", "tcp", "destinationPorts", "8080", "source", cidr("lan"));
        path("web", List.of("classifier", "firewall", "router", "vpn"), Optional.of(webMatch), nf)
                .ifPresent(paths::add);
        path("rest", List.of("classifier", "router", "vpn"), Optional.empty(), nf)
                .ifPresent(paths::add);
        return Map.of(
                "version",
                1,
                "deployment",
                run,
                "nf",
                nf,
                "forwarding",
                true,
                "interfaces",
                interfaces,
                "paths",
                paths);
    }

    private Optional<Map<String, Object>> path(
            String name, List<String> hops, Optional<Map<String, Object>> match, String nf) {
        int at = hops.indexOf(nf);
        if (at < 0) {
            return Optional.empty();
        }
        Map<String, Object> path = new LinkedHashMap<>();
        path.put("name", name);
        path.put("position", at + 1);
        path.put("length", hops.size());
        path.put("ingress", Map.of("link", "lan", "cidr", cidr("lan")));
        path.put("egress", Map.of("link", "wan", "cidr", cidr("wan")));
        if (at > 0) {
            path.put("previous", hop(hops.get(at - 1), nf));
        }
        if (at < hops.size() - 1) {
            path.put("next", hop(hops.get(at + 1), nf));
        }
        if (at == 0) {
            match.ifPresent(m -> path.put("match", m));
        }
        return Optional.of(path);
    }

    private Map<String, Object> hop(String other, String nf) {
        String link = NFS.get(nf).stream()
                .filter(NFS.get(other)::contains)
                .findFirst()
                .orElseThrow();
        return Map.of(
                "nf",
                other,
                "address",
                address(other, link),
                "interface",
                "eth" + (NFS.get(nf).indexOf(link) + firstInterface));
    }

    String cidr(String link) {
        return "10." + net + "." + (LINKS.indexOf(link) + 1) + ".0/24";
    }

    String address(String nf, String link) {
        return "10." + net + "." + (LINKS.indexOf(link) + 1) + "." + HOST.get(nf);
    }
}
