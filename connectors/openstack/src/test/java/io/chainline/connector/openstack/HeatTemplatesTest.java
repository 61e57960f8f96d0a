package io.chainline.connector.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.chainline.connector.api.DeploymentRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server-bearing stack Heat cannot create here, pinned as a golden file; flavours picked by size. */
class HeatTemplatesTest {

    private static final Flavours FLAVOURS = new Flavours(List.of(
            new Flavours.Flavour("m1.small", 1, 2048, 20),
            new Flavours.Flavour("m1.medium", 2, 4096, 40),
            new Flavours.Flavour("m1.large", 4, 8192, 80)));

    @Test
    void theVcpeStackMatchesTheGoldenTemplate() throws Exception {
        Map<String, Object> template =
                HeatTemplates.of(TestCloud.vcpe(DeploymentRef.of("d-42")), HeatTemplates.Style.REAL, FLAVOURS);
        String json =
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(template) + "\n";
        Path golden = Path.of("src/test/resources/golden/vcpe-stack.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, json);
        }

        assertThat(json).isEqualTo(Files.readString(golden));
    }

    @Test
    void theChainStackWithItsLinksMatchesTheGoldenTemplate() throws Exception {
        Map<String, Object> template =
                HeatTemplates.of(TestCloud.chain(DeploymentRef.of("d-45")), HeatTemplates.Style.REAL, FLAVOURS);
        String json =
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(template) + "\n";
        Path golden = Path.of("src/test/resources/golden/vcpe-chain-stack.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, json);
        }

        assertThat(json).isEqualTo(Files.readString(golden));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyLinkIsANetworkAndSubnetAndEveryInstanceHasItsPortsInOrder() {
        var resources = (Map<String, Map<String, Object>>)
                HeatTemplates.of(TestCloud.chain(DeploymentRef.of("d-45")), HeatTemplates.Style.REAL, FLAVOURS)
                        .get("resources");

        assertThat(resources.get("link.cl-fw.net").get("properties")).isEqualTo(Map.of("name", "d-45-cl-fw"));
        var fwRt = (Map<String, Object>) resources.get("link.fw-rt.subnet").get("properties");
        assertThat(fwRt)
                .containsEntry("cidr", "10.60.3.0/24")
                .containsEntry("gateway_ip", null)
                .containsEntry("enable_dhcp", true);
        assertThat(fwRt.get("allocation_pools"))
                .isEqualTo(List.of(
                        Map.of("start", "10.60.3.1", "end", "10.60.3.29"),
                        Map.of("start", "10.60.3.32", "end", "10.60.3.39"),
                        Map.of("start", "10.60.3.41", "end", "10.60.3.254")));
        assertThat(((Map<String, Object>) resources.get("link.lan.subnet").get("properties")))
                .containsEntry("gateway_ip", "10.60.1.1");
        var port = (Map<String, Object>)
                resources.get("firewall-vm.2.firewall-out.port").get("properties");
        assertThat(port.get("fixed_ips").toString())
                .isEqualTo("[{subnet={get_resource=link.fw-rt.subnet}, ip_address=10.60.3.31}]");
        assertThat(port.get("allowed_address_pairs")).isEqualTo(List.of(Map.of("ip_address", "0.0.0.0/0")));
        assertThat(port.get("security_groups")).isEqualTo(List.of(Map.of("get_resource", "links.sg")));
        var server = (Map<String, Object>) resources.get("firewall-vm.2").get("properties");
        assertThat(server.get("networks").toString())
                .isEqualTo(
                        "[{port={get_resource=firewall-vm.2.port}}, {port={get_resource=firewall-vm.2.firewall-in.port}},"
                                + " {port={get_resource=firewall-vm.2.firewall-out.port}}]");
        assertThat((String) server.get("user_data"))
                .startsWith("#cloud-config\n")
                .contains("/etc/chainline/chain-context.json")
                .contains("net.ipv4.ip_forward=1");
        assertThat(OpenStackConnector.workloadOf("link.fw-rt.subnet")).isEmpty();
        assertThat(OpenStackConnector.workloadOf("links.sg")).isEmpty();
        assertThat(OpenStackConnector.workloadOf("firewall-vm.2.firewall-out.port"))
                .isEqualTo("firewall-vm");
    }

    @Test
    @SuppressWarnings("unchecked")
    void serversAreKeptApartPlacedOnTheirPortsAndTrafficFollowsTheChain() {
        var resources = (Map<String, Map<String, Object>>)
                HeatTemplates.of(TestCloud.vcpe(DeploymentRef.of("d-42")), HeatTemplates.Style.REAL, FLAVOURS)
                        .get("resources");

        assertThat(resources).containsKeys("net", "subnet", "firewall.sg", "firewall-fw.group", "firewall-fw.2.port");
        var server = (Map<String, Object>) resources.get("firewall-fw.2").get("properties");
        assertThat(server).containsEntry("flavor", "m1.medium").containsEntry("image", "vfirewall-17.3");
        assertThat(server.get("scheduler_hints").toString()).contains("firewall-fw.group");
        assertThat(resources.get("firewall-fw.group").toString()).contains("anti-affinity");
        assertThat(resources.get("router.sg").toString()).contains("get_resource=firewall.sg");
        assertThat(resources.get("classifier.sg").toString())
                .contains("203.0.113.0/24")
                .contains("port_range_min=22");
        assertThat(resources).doesNotContainKey("classifier-cls.group");
    }

    @Test
    void aVduNoFlavourFitsIsRefusedWithTheFlavoursThereAre() {
        var big = new io.chainline.connector.api.Workload.VmSpec(
                "x", 64, 512L << 30, 10L << 30, java.util.Optional.empty());

        assertThatThrownBy(() -> FLAVOURS.flavourFor(big))
                .hasMessageContaining("No flavour of this cloud has 64 vCPUs")
                .hasMessageContaining("m1.large");
    }

    @Test
    void resourcesAreReadBackToTheirVdu() {
        assertThat(OpenStackConnector.workloadOf("firewall-fw.2.port")).isEqualTo("firewall-fw");
        assertThat(OpenStackConnector.workloadOf("firewall-fw.2")).isEqualTo("firewall-fw");
        assertThat(OpenStackConnector.workloadOf("firewall.sg")).isEmpty();
        assertThat(OpenStackConnector.workloadOf("net")).isEmpty();
    }
}
