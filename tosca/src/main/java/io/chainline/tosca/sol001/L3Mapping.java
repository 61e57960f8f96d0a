package io.chainline.tosca.sol001;

import io.chainline.tosca.model.CpAddressing;
import io.chainline.tosca.model.L3Data;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.net.IpAddress;
import io.chainline.tosca.yaml.YList;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Layer-3 data of virtual links ({@code vl_profile.virtual_link_protocol_data[].l3_protocol_data}) and addresses of
 * connection points ({@code protocol[].address_data[].l3_address_data}), read and written alike so that what is
 * written reads back equal. Where an edition has no standard word, a property of Chainline's derived type carries
 * it ({@link Sol001Extensions}): the management flag, fixed addresses in v2.6.1 (its {@code L3AddressData} has no
 * {@code fixed_ip_address}), and an NS link's gateway and DHCP ({@code NsL3ProtocolData} has neither).
 */
final class L3Mapping {

    private L3Mapping() {}

    // ---- reading

    /** The first layer-3 protocol data of a link's profile; an NS link's gateway and DHCP may be extensions. */
    static Optional<L3Data> l3(Node node) {
        Optional<YMap> l3 = items(node.at("vl_profile", "virtual_link_protocol_data")).stream()
                .flatMap(entry -> entry.map("l3_protocol_data").stream())
                .findFirst();
        if (l3.isEmpty()) {
            return Optional.empty();
        }
        YMap data = l3.get();
        List<L3Data.Pool> pools = new ArrayList<>();
        for (YMap pool : items(data.get("ip_allocation_pools"))) {
            pools.add(new L3Data.Pool(
                    pool.text("start_ip_address").orElse(""),
                    pool.text("end_ip_address").orElse("")));
        }
        Optional<String> gateway = text(data.get("gateway_ip")).or(() -> node.text(Sol001Extensions.GATEWAY_IP));
        boolean dhcp = text(data.get("dhcp_enabled"))
                .or(() -> node.text(Sol001Extensions.DHCP_ENABLED))
                .map(Boolean::parseBoolean)
                .orElse(false);
        return Optional.of(new L3Data(
                text(data.get("cidr")).orElse(""),
                gateway,
                pools,
                dhcp,
                text(data.get("ip_version")).orElse("ipv4")));
    }

    /** A connection point's IP address data, or its management flag; empty when it has neither. */
    static Optional<CpAddressing> addressing(Node node) {
        List<YMap> l3 = new ArrayList<>();
        for (YMap protocol : items(node.property("protocol"))) {
            for (YMap address : items(protocol.get("address_data"))) {
                if (address.text("address_type").orElse("").equals("ip_address")) {
                    address.map("l3_address_data").ifPresent(l3::add);
                }
            }
        }
        boolean management = node.text(Sol001Extensions.MANAGEMENT)
                .map(Boolean::parseBoolean)
                .orElse(false);
        List<String> fixed = new ArrayList<>();
        l3.forEach(data -> fixed.addAll(Node.strings(data.get("fixed_ip_address"))));
        fixed.addAll(node.strings(Sol001Extensions.FIXED_ADDRESSES));
        if (l3.isEmpty() && !management && fixed.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong number = l3.stream()
                .map(data -> Node.asLong(data.get("number_of_ip_address")))
                .filter(OptionalLong::isPresent)
                .findFirst()
                .orElse(OptionalLong.empty());
        int count = number.isPresent()
                ? (int) Math.clamp(number.getAsLong(), 0, Integer.MAX_VALUE) // a validated file has a small one
                : (fixed.isEmpty() ? 1 : 0);
        return Optional.of(new CpAddressing(fixed, count, management));
    }

    private static List<YMap> items(Optional<YNode> node) {
        if (node.isPresent() && node.get() instanceof YList list) {
            return list.items().stream()
                    .filter(YMap.class::isInstance)
                    .map(YMap.class::cast)
                    .toList();
        }
        return List.of();
    }

    private static Optional<String> text(Optional<YNode> node) {
        return node.flatMap(Node::scalarText);
    }

    // ---- writing

    /** The {@code virtual_link_protocol_data} entry of a link; gateway and DHCP only where the edition has them. */
    static List<Object> protocolData(L3Data l3, boolean standardGateway) {
        List<Object> pools = new ArrayList<>();
        l3.allocationPools()
                .forEach(pool -> pools.add(YamlTree.map()
                        .put("start_ip_address", pool.start())
                        .put("end_ip_address", pool.end())
                        .asMap()));
        YamlTree data = YamlTree.map()
                .put("ip_version", l3.ipVersion())
                .put("cidr", l3.cidr())
                .nonEmpty("ip_allocation_pools", pools);
        if (standardGateway) {
            data.optional("gateway_ip", l3.gateway()).put("dhcp_enabled", l3.dhcp());
        }
        return List.of(YamlTree.map()
                .put("associated_layer_protocol", l3.ipVersion())
                .put("l3_protocol_data", data)
                .asMap());
    }

    /** NS links say gateway and DHCP through Chainline's derived type: only then is it needed. */
    static boolean needsNsLinkType(Optional<L3Data> l3) {
        return l3.map(d -> d.gateway().isPresent() || d.dhcp()).orElse(false);
    }

    /** Adds the Chainline properties an NS link's L3 data needs beyond {@code NsL3ProtocolData}. */
    static void nsLinkExtensions(YamlTree properties, L3Data l3) {
        properties.optional(Sol001Extensions.GATEWAY_IP, l3.gateway());
        if (l3.dhcp()) {
            properties.put(Sol001Extensions.DHCP_ENABLED, true);
        }
    }

    /** Whether a connection point needs Chainline's derived type to say its addressing in this edition. */
    static boolean needsCpType(Optional<CpAddressing> addressing, Sol001Edition edition) {
        return addressing
                .map(a -> a.management()
                        || (edition == Sol001Edition.V2_6_1
                                && !a.fixedAddresses().isEmpty()))
                .orElse(false);
    }

    /**
     * Adds {@code protocol} (and the Chainline properties the edition needs) to a connection point's properties.
     *
     * @param linkVersion the IP version of the link the point is on, when known
     */
    static void addressing(
            YamlTree properties, CpAddressing addressing, Optional<String> linkVersion, Sol001Edition edition) {
        boolean v2 = edition == Sol001Edition.V2_6_1;
        String version = addressing.fixedAddresses().stream()
                .map(IpAddress::parse)
                .flatMap(Optional::stream)
                .map(IpAddress::sol001Version)
                .findFirst()
                .or(() -> linkVersion.filter(v -> v.equals("ipv4") || v.equals("ipv6")))
                .orElse("ipv4");
        YamlTree l3 = YamlTree.map()
                .put("ip_address_assignment", true) // Chainline assigns: fixed from the descriptor, or allocated
                .put("floating_ip_activated", false)
                .put("ip_address_type", version)
                .put(
                        "number_of_ip_address",
                        addressing.numberOfAddresses() > 0 ? addressing.numberOfAddresses() : null);
        if (!v2) {
            l3.nonEmpty("fixed_ip_address", addressing.fixedAddresses());
        }
        properties.put(
                "protocol",
                List.of(YamlTree.map()
                        .put("associated_layer_protocol", version)
                        .put(
                                "address_data",
                                List.of(YamlTree.map()
                                        .put("address_type", "ip_address")
                                        .put("l3_address_data", l3)
                                        .asMap()))
                        .asMap()));
        if (v2) {
            properties.nonEmpty(Sol001Extensions.FIXED_ADDRESSES, addressing.fixedAddresses());
        }
        if (addressing.management()) {
            properties.put(Sol001Extensions.MANAGEMENT, true);
        }
    }
}
