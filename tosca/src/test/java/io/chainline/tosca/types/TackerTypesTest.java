package io.chainline.tosca.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.ValidationReport;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.Issues;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.template.LoadedTemplate;
import io.chainline.tosca.template.MemorySource;
import io.chainline.tosca.template.TemplateLoader;
import io.chainline.tosca.yaml.YamlLimits;
import io.chainline.tosca.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The types a Tacker legacy VNFD sees (tosca_simple_profile_for_nfv_1_0_0): Tacker injects tacker_defs.yaml and
 * tacker_nfv_defs.yaml, and tosca-parser supplies TOSCA_definition_1_0.yaml and its NFV extension. Each type and
 * property those files define (inventory taken from the sources named in types/NOTICE.md) is known here, so a
 * template Tacker accepts never meets "unknown property" for one of them.
 */
class TackerTypesTest {

    /** tosca-parser's TOSCA_definition_1_0.yaml: types and the properties each declares itself. */
    static final Map<TypeKind, Map<String, List<String>>> TOSCA_PARSER = Map.of(
            TypeKind.NODE,
            Map.ofEntries(
                    Map.entry("tosca.nodes.Root", List.of()),
                    Map.entry("tosca.nodes.Compute", List.of()),
                    Map.entry("tosca.nodes.SoftwareComponent", List.of("component_version", "admin_credential")),
                    Map.entry("tosca.nodes.DBMS", List.of("port", "root_password")),
                    Map.entry("tosca.nodes.Database", List.of("user", "port", "name", "password")),
                    Map.entry("tosca.nodes.WebServer", List.of()),
                    Map.entry("tosca.nodes.WebApplication", List.of("context_root")),
                    Map.entry("tosca.nodes.BlockStorage", List.of("size", "volume_id", "snapshot_id")),
                    Map.entry(
                            "tosca.nodes.network.Network",
                            List.of(
                                    "ip_version",
                                    "cidr",
                                    "start_ip",
                                    "end_ip",
                                    "gateway_ip",
                                    "network_name",
                                    "network_id",
                                    "segmentation_id",
                                    "network_type",
                                    "physical_network",
                                    "dhcp_enabled")),
                    Map.entry(
                            "tosca.nodes.network.Port",
                            List.of("ip_address", "order", "is_default", "ip_range_start", "ip_range_end")),
                    Map.entry(
                            "tosca.nodes.network.FloatingIP",
                            List.of("floating_network", "floating_ip_address", "port_id")),
                    Map.entry("tosca.nodes.ObjectStorage", List.of("name", "size", "maxsize")),
                    Map.entry("tosca.nodes.LoadBalancer", List.of("algorithm")),
                    Map.entry("tosca.nodes.Container.Application", List.of()),
                    Map.entry("tosca.nodes.Container.Runtime", List.of()),
                    Map.entry("tosca.nodes.Container.Application.Docker", List.of())),
            TypeKind.CAPABILITY,
            Map.ofEntries(
                    Map.entry("tosca.capabilities.Root", List.of()),
                    Map.entry("tosca.capabilities.Node", List.of()),
                    Map.entry("tosca.capabilities.Container", List.of()),
                    Map.entry(
                            "tosca.capabilities.Endpoint",
                            List.of(
                                    "protocol",
                                    "port",
                                    "secure",
                                    "url_path",
                                    "port_name",
                                    "network_name",
                                    "initiator",
                                    "ports")),
                    Map.entry("tosca.capabilities.Endpoint.Admin", List.of("secure")),
                    Map.entry("tosca.capabilities.Endpoint.Public", List.of("network_name", "floating", "dns_name")),
                    Map.entry(
                            "tosca.capabilities.Scalable",
                            List.of("min_instances", "max_instances", "default_instances")),
                    Map.entry("tosca.capabilities.Endpoint.Database", List.of()),
                    Map.entry("tosca.capabilities.Attachment", List.of()),
                    Map.entry("tosca.capabilities.network.Linkable", List.of()),
                    Map.entry("tosca.capabilities.network.Bindable", List.of()),
                    Map.entry(
                            "tosca.capabilities.OperatingSystem",
                            List.of("architecture", "type", "distribution", "version")),
                    Map.entry(
                            "tosca.capabilities.Container.Docker",
                            List.of(
                                    "version",
                                    "publish_all",
                                    "publish_ports",
                                    "expose_ports",
                                    "volumes",
                                    "host_id",
                                    "volume_id"))),
            TypeKind.RELATIONSHIP,
            Map.of(
                    "tosca.relationships.Root", List.of(),
                    "tosca.relationships.DependsOn", List.of(),
                    "tosca.relationships.HostedOn", List.of(),
                    "tosca.relationships.ConnectsTo", List.of(),
                    "tosca.relationships.AttachesTo", List.of("location", "device"),
                    "tosca.relationships.RoutesTo", List.of(),
                    "tosca.relationships.network.LinksTo", List.of(),
                    "tosca.relationships.network.BindsTo", List.of()),
            TypeKind.INTERFACE,
            Map.of(
                    "tosca.interfaces.node.lifecycle.Standard", List.of(),
                    "tosca.interfaces.relationship.Configure", List.of()),
            TypeKind.DATA,
            Map.of(
                    "tosca.datatypes.Root", List.of(),
                    "tosca.datatypes.network.NetworkInfo", List.of("network_name", "network_id", "addresses"),
                    "tosca.datatypes.network.PortInfo",
                            List.of("port_name", "port_id", "network_id", "mac_address", "addresses"),
                    "tosca.datatypes.network.PortDef", List.of(),
                    "tosca.datatypes.network.PortSpec",
                            List.of("protocol", "target", "target_range", "source", "source_range"),
                    "tosca.datatypes.Credential", List.of("protocol", "token_type", "token", "keys", "user")),
            TypeKind.ARTIFACT,
            Map.ofEntries(
                    Map.entry("tosca.artifacts.Root", List.of("version")),
                    Map.entry("tosca.artifacts.File", List.of()),
                    Map.entry("tosca.artifacts.Deployment", List.of()),
                    Map.entry("tosca.artifacts.Deployment.Image", List.of()),
                    Map.entry("tosca.artifacts.Deployment.Image.VM", List.of()),
                    Map.entry("tosca.artifacts.Implementation", List.of()),
                    Map.entry("tosca.artifacts.Implementation.Bash", List.of()),
                    Map.entry("tosca.artifacts.Implementation.Python", List.of()),
                    Map.entry("tosca.artifacts.Deployment.Image.Container.Docker", List.of()),
                    Map.entry("tosca.artifacts.Deployment.Image.VM.ISO", List.of()),
                    Map.entry("tosca.artifacts.Deployment.Image.VM.QCOW2", List.of())),
            TypeKind.POLICY,
            Map.of(
                    "tosca.policies.Root", List.of(),
                    "tosca.policies.Placement", List.of(),
                    "tosca.policies.Scaling", List.of(),
                    "tosca.policies.Monitoring", List.of(),
                    "tosca.policies.Update", List.of(),
                    "tosca.policies.Performance", List.of()),
            TypeKind.GROUP,
            Map.of("tosca.groups.Root", List.of()));

    /** Tacker's tacker_defs.yaml and tacker_nfv_defs.yaml, and tosca-parser's NFV 1.0.0 extension. */
    static final Map<TypeKind, Map<String, List<String>>> TACKER = Map.of(
            TypeKind.DATA,
            Map.ofEntries(
                    Map.entry("tosca.datatypes.tacker.ActionMap", List.of("trigger", "action", "params")),
                    Map.entry("tosca.datatypes.tacker.AppActionMap", List.of("condition", "actionname", "cmd-action")),
                    Map.entry(
                            "tosca.datatypes.tacker.AppInfoParams",
                            List.of(
                                    "app_name",
                                    "app_port",
                                    "ssh_username",
                                    "ssh_password",
                                    "app_status",
                                    "app_memory")),
                    Map.entry(
                            "tosca.datatypes.tacker.OSInfoParams",
                            List.of("os_agent_info", "os_proc_value", "os_cpu_load", "os_cpu_usage")),
                    Map.entry("tosca.datatypes.tacker.AppMonitoringParams", List.of("application", "OS")),
                    Map.entry(
                            "tosca.datatypes.tacker.AppMonitoringType",
                            List.of(
                                    "name",
                                    "zabbix_username",
                                    "zabbix_password",
                                    "zabbix_server_ip",
                                    "zabbix_server_port",
                                    "parameters")),
                    Map.entry(
                            "tosca.datatypes.tacker.MonitoringParams",
                            List.of("monitoring_delay", "count", "interval", "timeout", "retry", "port")),
                    Map.entry("tosca.datatypes.tacker.MonitoringType", List.of("name", "actions", "parameters")),
                    Map.entry(
                            "tosca.datatypes.compute_properties",
                            List.of(
                                    "num_cpus",
                                    "mem_size",
                                    "disk_size",
                                    "mem_page_size",
                                    "numa_node_count",
                                    "numa_nodes",
                                    "cpu_allocation")),
                    Map.entry("tosca.datatypes.tacker.VirtualIP", List.of("ip_address", "mac_address")),
                    Map.entry(
                            "tosca.datatypes.nfv.VnfcConfigurableProperties",
                            List.of("num_cpus", "mem_size", "image", "command", "args", "ports", "config")),
                    Map.entry("tosca.datatypes.tacker.VduReservationMetadata", List.of("resource_type", "id")),
                    Map.entry("tosca.nfv.datatypes.pathType", List.of("forwarder", "capability", "sfc_encap")),
                    Map.entry(
                            "tosca.nfv.datatypes.aclType",
                            List.of(
                                    "eth_type",
                                    "eth_src",
                                    "eth_dst",
                                    "vlan_id",
                                    "vlan_pcp",
                                    "mpls_label",
                                    "mpls_tc",
                                    "ip_dscp",
                                    "ip_ecn",
                                    "ip_src_prefix",
                                    "ip_dst_prefix",
                                    "ip_proto",
                                    "destination_port_range",
                                    "source_port_range",
                                    "network_src_port_id",
                                    "network_dst_port_id",
                                    "network_id",
                                    "network_name",
                                    "tenant_id",
                                    "icmpv4_type",
                                    "icmpv4_code",
                                    "arp_op",
                                    "arp_spa",
                                    "arp_tpa",
                                    "arp_sha",
                                    "arp_tha",
                                    "ipv6_src",
                                    "ipv6_dst",
                                    "ipv6_flabel",
                                    "icmpv6_type",
                                    "icmpv6_code",
                                    "ipv6_nd_target",
                                    "ipv6_nd_sll",
                                    "ipv6_nd_tll")),
                    Map.entry("tosca.nfv.datatypes.policyType", List.of("type", "criteria")),
                    Map.entry("tosca.nfv.datatypes.policyTypeV2", List.of("type", "criteria")),
                    Map.entry("tosca.nfv.datatypes.classifierType", List.of("name", "classifier"))),
            TypeKind.POLICY,
            Map.ofEntries(
                    Map.entry("tosca.policies.tacker.Placement", List.of("policy", "strict")),
                    Map.entry("tosca.policies.tacker.Failure", List.of()),
                    Map.entry("tosca.policies.tacker.Failure.Respawn", List.of()),
                    Map.entry("tosca.policies.tacker.Failure.Terminate", List.of()),
                    Map.entry("tosca.policies.tacker.Failure.Log", List.of()),
                    Map.entry("tosca.policies.tacker.Monitoring", List.of("name", "parameters", "actions")),
                    Map.entry("tosca.policies.tacker.AppMonitoring", List.of("name", "parameters")),
                    Map.entry("tosca.policies.tacker.Monitoring.NoOp", List.of("name")),
                    Map.entry("tosca.policies.tacker.Monitoring.Ping", List.of("name")),
                    Map.entry("tosca.policies.tacker.Monitoring.HttpPing", List.of("name")),
                    Map.entry("tosca.policies.tacker.Monitoring.Zabbix", List.of("name")),
                    Map.entry("tosca.policies.tacker.Alarming", List.of()),
                    Map.entry(
                            "tosca.policies.tacker.Scaling",
                            List.of(
                                    "increment",
                                    "targets",
                                    "target_cpu_utilization_percentage",
                                    "min_instances",
                                    "max_instances",
                                    "default_instances",
                                    "cooldown")),
                    Map.entry("tosca.policies.tacker.Reservation", List.of())),
            TypeKind.NODE,
            Map.ofEntries(
                    Map.entry(
                            "tosca.nodes.nfv.VDU.Tacker",
                            List.of(
                                    "name",
                                    "image",
                                    "flavor",
                                    "availability_zone",
                                    "metadata",
                                    "config_drive",
                                    "placement_policy",
                                    "app_monitoring_policy",
                                    "monitoring_policy",
                                    "config",
                                    "mgmt_driver",
                                    "service_type",
                                    "user_data",
                                    "user_data_format",
                                    "key_name",
                                    "vnfcs",
                                    "namespace",
                                    "mapping_ports",
                                    "labels",
                                    "reservation_metadata",
                                    "maintenance")),
                    Map.entry(
                            "tosca.nodes.nfv.CP.Tacker",
                            List.of(
                                    "mac_address",
                                    "name",
                                    "management",
                                    "anti_spoofing_protection",
                                    "allowed_address_pairs",
                                    "security_groups",
                                    "type",
                                    // inherited from tosca.nodes.network.Port through tosca.nodes.nfv.CP
                                    "ip_address",
                                    "order")),
                    Map.entry(
                            "tosca.nodes.nfv.FP.TackerV2",
                            List.of("id", "symmetrical", "correlation", "policy", "path")),
                    Map.entry(
                            "tosca.nodes.nfv.FP.Tacker", List.of("id", "symmetrical", "correlation", "policy", "path")),
                    Map.entry("tosca.nodes.nfv.VNFC.Tacker", List.of("component_version")),
                    Map.entry("tosca.nodes.BlockStorage.Tacker", List.of("image", "size")),
                    Map.entry("tosca.nodes.BlockStorageAttachment", List.of("location")),
                    Map.entry("tosca.nodes.nfv.VNF", List.of("id", "vendor", "version")),
                    Map.entry("tosca.nodes.nfv.VDU", List.of()),
                    Map.entry("tosca.nodes.nfv.CP", List.of("type")),
                    Map.entry("tosca.nodes.nfv.VL", List.of("vendor", "network_name", "cidr")),
                    Map.entry("tosca.nodes.nfv.VL.ELine", List.of()),
                    Map.entry("tosca.nodes.nfv.VL.ELAN", List.of()),
                    Map.entry("tosca.nodes.nfv.VL.ETree", List.of()),
                    Map.entry("tosca.nodes.nfv.FP", List.of("policy"))),
            TypeKind.GROUP,
            Map.of(
                    "tosca.groups.nfv.VNFFG",
                    List.of(
                            "vendor",
                            "version",
                            "number_of_endpoints",
                            "dependent_virtual_link",
                            "connection_point",
                            "constituent_vnfs")));

    @org.junit.jupiter.api.Test
    void everyTypeAndPropertyTackerSeesIsKnown() {
        TypeRegistry types = legacyRegistry();
        for (Map<TypeKind, Map<String, List<String>>> source : List.of(TOSCA_PARSER, TACKER)) {
            source.forEach((kind, byType) -> byType.forEach((name, properties) -> {
                assertThat(types.find(kind, name)).as("%s %s", kind, name).isPresent();
                assertThat(types.properties(types.find(kind, name).orElseThrow())
                                .keySet())
                        .as("properties of %s", name)
                        .containsAll(properties);
            }));
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void aLegacyFloatingIpWithItsNetworkAndAddressIsAccepted(Profile profile, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("vnfd-floating.yaml");
        Files.writeString(file, """
                tosca_definitions_version: tosca_simple_profile_for_nfv_1_0_0
                metadata: {template_name: floating-sample}
                topology_template:
                  node_templates:
                    VDU1:
                      type: tosca.nodes.nfv.VDU.Tacker
                      properties: {image: cirros, flavor: m1.tiny}
                    CP1:
                      type: tosca.nodes.nfv.CP.Tacker
                      properties: {management: true}
                      requirements:
                        - virtualLink: {node: VL1}
                        - virtualBinding: {node: VDU1}
                    VL1:
                      type: tosca.nodes.nfv.VL
                      properties: {network_name: net_mgmt, vendor: Tacker}
                    FIP1:
                      type: tosca.nodes.network.FloatingIP
                      properties:
                        floating_network: public
                        floating_ip_address: 192.0.2.10
                      requirements:
                        - link: {node: CP1}
                """);
        ValidationReport report = new ToscaEngine().withProfile(profile).validate(file);

        assertThat(report.issues()).noneMatch(Issue::isError);
        assertThat(report.accepted()).isTrue();
    }

    private static TypeRegistry legacyRegistry() {
        byte[] entry =
                "tosca_definitions_version: tosca_simple_profile_for_nfv_1_0_0\n".getBytes(StandardCharsets.UTF_8);
        LoadedTemplate loaded = new TemplateLoader(new YamlReader(YamlLimits.DEFAULT))
                .load(new MemorySource(Map.of("legacy.yaml", entry), "test"), "legacy.yaml", new Issues())
                .orElseThrow();
        return loaded.types();
    }
}
