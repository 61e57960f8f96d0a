package io.chainline.tosca.model;

import java.util.List;
import java.util.Optional;

/**
 * The layer-3 data of a virtual link: SOL001 {@code VlProfile.virtual_link_protocol_data[].l3_protocol_data}
 * ({@code L3ProtocolData}). Empty on the link when the descriptor says nothing; Chainline then allocates a private
 * /24 per link and deployment.
 *
 * @param cidr the subnet, {@code 10.60.2.0/24} ({@code cidr})
 * @param gateway the gateway address, when the link has one ({@code gateway_ip})
 * @param allocationPools the ranges addresses are allocated from ({@code ip_allocation_pools}); empty: the whole
 *     subnet but the gateway
 * @param dhcp whether addresses are handed out by DHCP ({@code dhcp_enabled}); otherwise each CP gets a static one
 * @param ipVersion {@code ipv4} or {@code ipv6} ({@code ip_version})
 */
public record L3Data(
        String cidr, Optional<String> gateway, List<Pool> allocationPools, boolean dhcp, String ipVersion) {

    public L3Data {
        allocationPools = List.copyOf(allocationPools);
    }

    /** An {@code IpAllocationPool}: first and last address, inclusive. */
    public record Pool(String start, String end) {}
}
