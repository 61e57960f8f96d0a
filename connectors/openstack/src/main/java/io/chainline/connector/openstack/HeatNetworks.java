package io.chainline.connector.openstack;

import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chain's virtual links in the stack: per link a Neutron network ({@code <deployment>-<link>}) and subnet
 * ({@code link.<link>.net}, {@code link.<link>.subnet}), and per data attachment of every server a port on its link
 * with the instance's fixed address ({@code <vdu>.<n>.<cp>.port}). No router joins the links: each is a network only
 * the chain's ports are on.
 *
 * <p>Port security stays on: data ports are in the deployment's {@code links.sg}, which admits traffic from anywhere
 * (a chain forwards its customers' traffic, whose prefixes it does not know), and a forwarding NF's data ports allow
 * any source address ({@code allowed_address_pairs} 0.0.0.0/0 or ::/0), without which Neutron drops the packets it
 * forwards for others. Non-forwarding NFs keep Neutron's anti-spoofing. The data ports are never in the NFs' own
 * security groups: a member with a 0.0.0.0/0 address pair would open every rule that names its group.
 */
final class HeatNetworks {

    static final String LINKS_SECURITY_GROUP = "links.sg";
    private static final String LINK = "link.";

    private HeatNetworks() {}

    static String net(LinkNetwork network) {
        return LINK + network.link() + ".net";
    }

    static String subnet(LinkNetwork network) {
        return LINK + network.link() + ".subnet";
    }

    /** Whether a resource of the stack is one of the links' (and so of no VDU). */
    static boolean isLink(String resource) {
        return resource.startsWith(LINK) || resource.equals(LINKS_SECURITY_GROUP);
    }

    /** The links' networks, subnets and the data ports' security group; nothing for a unit without links. */
    static void links(DeploymentUnit unit, HeatTemplates.Style style, Map<String, Object> resources) {
        if (unit.networks().isEmpty()) {
            return;
        }
        for (LinkNetwork network : unit.networks()) {
            resources.put(
                    net(network),
                    HeatTemplates.resource(
                            style, "OS::Neutron::Net", HeatTemplates.map("name", network.nameIn(unit.ref()))));
            resources.put(subnet(network), HeatTemplates.resource(style, "OS::Neutron::Subnet", subnet(unit, network)));
        }
        resources.put(
                LINKS_SECURITY_GROUP,
                HeatTemplates.resource(
                        style,
                        "OS::Neutron::SecurityGroup",
                        HeatTemplates.map(
                                "name",
                                "chainline-" + unit.ref().id() + "-links",
                                "rules",
                                List.of(
                                        HeatTemplates.map(
                                                "direction",
                                                "ingress",
                                                "ethertype",
                                                "IPv4",
                                                "remote_ip_prefix",
                                                "0.0.0.0/0"),
                                        HeatTemplates.map(
                                                "direction",
                                                "ingress",
                                                "ethertype",
                                                "IPv6",
                                                "remote_ip_prefix",
                                                "::/0")))));
    }

    /**
     * The subnet: no gateway unless the link has one ({@code gateway_ip: null}, or Neutron would take the first
     * address), DHCP on so images that configure their interfaces by DHCP get the port's address, and allocation pools
     * that leave out the gateway and every fixed address.
     */
    private static Map<String, Object> subnet(DeploymentUnit unit, LinkNetwork network) {
        List<String> reserved = new ArrayList<>();
        network.gateway().ifPresent(reserved::add);
        for (Workload workload : unit.workloads()) {
            workload.dataPlane().attachments().stream()
                    .filter(a -> a.link().equals(network.link()))
                    .forEach(a -> reserved.addAll(a.addresses()));
        }
        Map<String, Object> subnet = new LinkedHashMap<>();
        subnet.put("network", Map.of("get_resource", net(network)));
        subnet.put("cidr", network.cidr());
        subnet.put("ip_version", ipv6(network) ? 6 : 4);
        subnet.put("gateway_ip", network.gateway().orElse(null));
        subnet.put("enable_dhcp", true);
        List<Map<String, Object>> pools = AddressPools.of(network.cidr(), reserved);
        if (!pools.isEmpty()) {
            subnet.put("allocation_pools", pools);
        }
        return subnet;
    }

    /**
     * The data ports of instance {@code instance} (1-based) of a workload, added to the resources; their names in
     * attachment order, which is the order of the server's interfaces after the management one.
     */
    static List<String> ports(
            DeploymentUnit unit,
            HeatTemplates.Style style,
            Workload workload,
            String server,
            int instance,
            Map<String, Object> resources) {
        List<String> ports = new ArrayList<>();
        for (Workload.Attachment attachment : workload.dataPlane().attachments()) {
            LinkNetwork network = unit.networks().stream()
                    .filter(n -> n.link().equals(attachment.link()))
                    .findFirst()
                    .orElseThrow();
            String port = server + "." + attachment.connectionPoint() + ".port";
            Optional<String> address = instance <= attachment.addresses().size()
                    ? Optional.of(attachment.addresses().get(instance - 1))
                    : Optional.empty();
            resources.put(
                    port,
                    HeatTemplates.resource(
                            style,
                            "OS::Neutron::Port",
                            port(network, address, workload.dataPlane().forwarding())));
            ports.add(port);
        }
        return ports;
    }

    private static Map<String, Object> port(LinkNetwork network, Optional<String> address, boolean forwarding) {
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put("subnet", Map.of("get_resource", subnet(network)));
        address.ifPresent(a -> fixed.put("ip_address", a));
        Map<String, Object> port = new LinkedHashMap<>();
        port.put("network", Map.of("get_resource", net(network)));
        port.put("fixed_ips", List.of(fixed));
        port.put("security_groups", List.of(Map.of("get_resource", LINKS_SECURITY_GROUP)));
        if (forwarding) {
            port.put("allowed_address_pairs", List.of(Map.of("ip_address", ipv6(network) ? "::/0" : "0.0.0.0/0")));
        }
        return port;
    }

    private static boolean ipv6(LinkNetwork network) {
        return network.cidr().contains(":");
    }
}
