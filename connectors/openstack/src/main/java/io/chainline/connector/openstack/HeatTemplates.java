package io.chainline.connector.openstack;

import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Ownership;
import io.chainline.connector.api.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A deployment unit as one Heat (HOT) template: a network and subnet for the deployment, a security group per NF
 * that admits its own instances, the NF before it on the chain and declared external CIDRs, a server group per VDU
 * that keeps its instances apart, and per VDU instance a port and a server. Resource names say what they belong to
 * ({@code firewall-fw.2}, {@code firewall-fw.2.port}, {@code firewall.sg}), so plans and observations read by VDU.
 * A chain's links add their networks, subnets and data ports ({@link HeatNetworks}), and its NFs' user data the
 * chain context ({@link UserData}); a unit without links gets the template it always had.
 */
final class HeatTemplates {

    /**
     * Real resources, or stand-ins that need no other service ({@code OS::Heat::TestResource} for servers,
     * {@code OS::Heat::None} for the rest): what a Heat without Nova and Neutron can create, as in the test cloud.
     */
    enum Style {
        REAL,
        STAND_IN
    }

    /** What a VM VDU needs from the cloud: its flavour, chosen from the cloud's flavours by {@link Flavours}. */
    interface FlavourChoice {
        String flavourFor(Workload.VmSpec vm);
    }

    static final String NETWORK = "net";
    static final String SUBNET = "subnet";

    private HeatTemplates() {}

    static Map<String, Object> of(DeploymentUnit unit, Style style, FlavourChoice flavours) {
        DeploymentRef ref = unit.ref();
        Map<String, Object> resources = new LinkedHashMap<>();
        resources.put(NETWORK, resource(style, "OS::Neutron::Net", Map.of("name", "chainline-" + ref.id())));
        resources.put(
                SUBNET,
                resource(
                        style,
                        "OS::Neutron::Subnet",
                        map("network", Map.of("get_resource", NETWORK), "cidr", "192.168.100.0/24", "ip_version", 4)));
        HeatNetworks.links(unit, style, resources);
        List<String> nfs =
                unit.workloads().stream().map(Workload::nf).distinct().toList();
        for (String nf : nfs) {
            resources.put(
                    nf + ".sg",
                    resource(
                            style,
                            "OS::Neutron::SecurityGroup",
                            map("name", "chainline-" + ref.id() + "-" + nf, "rules", rules(unit, nf))));
        }
        Map<String, Object> outputs = new LinkedHashMap<>();
        for (Workload workload : unit.workloads()) {
            servers(style, unit, workload, flavours, resources, outputs);
        }
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("heat_template_version", "2018-08-31");
        template.put("description", "Chainline deployment " + ref.id());
        template.put("resources", resources);
        template.put("outputs", outputs);
        return template;
    }

    /**
     * A VDU's servers, each with a port on the network in its NF's security group and its address as an output;
     * replicas to spread share an anti-affinity server group.
     */
    private static void servers(
            Style style,
            DeploymentUnit unit,
            Workload workload,
            FlavourChoice flavours,
            Map<String, Object> resources,
            Map<String, Object> outputs) {
        Workload.VmSpec vm = workload.vm()
                .orElseThrow(() -> new io.chainline.connector.api.ConnectorException(
                        io.chainline.connector.api.ConnectorException.Reason.UNSUPPORTED,
                        "VDU " + workload.name() + " is a container; an OpenStack target runs VMs. Deploy it to a"
                                + " Kubernetes target (for instance a Magnum cluster of this cloud)."));
        if (workload.spreadAcrossNodes()) {
            resources.put(
                    workload.name() + ".group",
                    resource(
                            style,
                            "OS::Nova::ServerGroup",
                            map(
                                    "name",
                                    "chainline-" + unit.ref().id() + "-" + workload.name(),
                                    "policies",
                                    List.of("anti-affinity"))));
        }
        for (int n = 1; n <= workload.replicas(); n++) {
            String server = workload.name() + "." + n;
            resources.put(server + ".port", managementPort(style, workload));
            List<String> ports = new ArrayList<>(List.of(server + ".port"));
            ports.addAll(HeatNetworks.ports(unit, style, workload, server, n, resources));
            resources.put(server, server(style, unit.ref(), workload, vm, server, ports, flavours));
            outputs.put(server + ".address", address(style, server));
        }
    }

    /** The instance's port on the deployment's network, in its NF's security group: its eth0. */
    private static Map<String, Object> managementPort(Style style, Workload workload) {
        return resource(
                style,
                "OS::Neutron::Port",
                map(
                        "network", Map.of("get_resource", NETWORK),
                        "security_groups", List.of(Map.of("get_resource", workload.nf() + ".sg"))));
    }

    private static Map<String, Object> address(Style style, String server) {
        return map(
                "description",
                "The address of " + server,
                "value",
                style == Style.REAL
                        ? Map.of("get_attr", List.of(server, "first_address"))
                        : Map.of("get_attr", List.of(server, "output")));
    }

    private static Map<String, Object> server(
            Style style,
            DeploymentRef ref,
            Workload workload,
            Workload.VmSpec vm,
            String name,
            List<String> ports,
            FlavourChoice flavours) {
        if (style == Style.STAND_IN) {
            return standIn(ref, name);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", "chainline-" + ref.id() + "-" + name.replace('.', '-'));
        properties.put("image", vm.image());
        properties.put("flavor", flavours.flavourFor(vm));
        // the management port first (eth0 in the chain context), then the data ports in connection-point order
        properties.put(
                "networks",
                ports.stream()
                        .map(port -> Map.of("port", Map.of("get_resource", port)))
                        .toList());
        Map<String, String> metadata = new TreeMap<>(Ownership.of(ref, workload));
        properties.put("metadata", metadata);
        UserData.of(workload, vm.userData()).ifPresent(data -> {
            properties.put("user_data_format", "RAW");
            properties.put("user_data", data);
        });
        if (workload.spreadAcrossNodes()) {
            properties.put("scheduler_hints", Map.of("group", Map.of("get_resource", workload.name() + ".group")));
        }
        return map("type", "OS::Nova::Server", "properties", properties);
    }

    private static Map<String, Object> standIn(DeploymentRef ref, String name) {
        return map(
                "type",
                "OS::Heat::TestResource",
                "properties",
                map(
                        "value",
                        "chainline-" + ref.id() + "-" + name.replace('.', '-'),
                        "action_wait_secs",
                        map("create", 0, "update", 0, "delete", 0)));
    }

    private static List<Object> rules(DeploymentUnit unit, String nf) {
        List<Object> rules = new ArrayList<>();
        rules.add(map("direction", "ingress", "remote_mode", "remote_group_id"));
        for (DeploymentUnit.Flow flow : unit.flows()) {
            if (flow.to().equals(nf)) {
                rules.add(map(
                        "direction",
                        "ingress",
                        "remote_mode",
                        "remote_group_id",
                        "remote_group_id",
                        Map.of("get_resource", flow.from() + ".sg")));
            }
        }
        for (DeploymentUnit.ExternalAccess access : unit.externalAccess()) {
            if (access.to().equals(nf)) {
                for (String cidr : access.cidrs()) {
                    if (access.ports().isEmpty()) {
                        rules.add(map("direction", "ingress", "remote_ip_prefix", cidr));
                    }
                    for (Workload.Port port : access.ports()) {
                        rules.add(map(
                                "direction",
                                "ingress",
                                "remote_ip_prefix",
                                cidr,
                                "protocol",
                                port.protocol().toLowerCase(),
                                "port_range_min",
                                port.port(),
                                "port_range_max",
                                port.port()));
                    }
                }
            }
        }
        return rules;
    }

    /** The resource, or its stand-in: OS::Heat::None takes any properties, so the template keeps its shape. */
    static Map<String, Object> resource(Style style, String type, Map<String, Object> properties) {
        return map("type", style == Style.REAL ? type : "OS::Heat::None", "properties", properties);
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
