package io.chainline.connector.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.Workload;
import io.chainline.connector.testkit.SampleUnits;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chain's links as Multus networks and the pods' side of them, object by object. */
class LinkNetworksTest {

    private static final DeploymentRef REF = DeploymentRef.of("d-45");

    @Test
    void everyLinkIsABridgedNadWithStaticAddressesNamedAfterDeploymentAndLink() {
        List<HasMetadata> objects = Manifests.of(ChainUnits.vcpe(REF));
        List<NetworkAttachmentDefinition> nads = nads(objects);

        assertThat(nads)
                .extracting(n -> n.getMetadata().getName())
                .containsExactly("d-45-lan", "d-45-cl-fw", "d-45-fw-rt", "d-45-rt-vpn", "d-45-wan");
        assertThat(objects.get(1)).isInstanceOf(NetworkAttachmentDefinition.class);
        NetworkAttachmentDefinition lan = nads.getFirst();
        assertThat(lan.getApiVersion()).isEqualTo("k8s.cni.cncf.io/v1");
        assertThat(lan.getMetadata().getNamespace()).isEqualTo("chainline-d-45");
        assertThat(lan.getMetadata().getLabels())
                .containsEntry("chainline.io/deployment", "d-45")
                .containsEntry("chainline.io/link", "lan");
        Map<String, Object> plugin = plugin(lan);
        assertThat(plugin.get("type")).isEqualTo("bridge");
        assertThat((String) plugin.get("bridge")).matches("cl-[0-9a-f]{8}").hasSizeLessThanOrEqualTo(15);
        assertThat(plugin(nads.get(1)).get("bridge")).isNotEqualTo(plugin.get("bridge"));
        assertThat(plugin.get("capabilities")).isEqualTo(Map.of("ips", true));
        assertThat(plugin.get("ipam")).isEqualTo(Map.of("type", "static"));
    }

    @Test
    void podsNameTheirNetworksInterfacesAndAddressesAndMayForward() {
        Deployment firewall = deployment(Manifests.of(ChainUnits.vcpe(REF)), "firewall-main");
        var template = firewall.getSpec().getTemplate();
        @SuppressWarnings("unchecked")
        List<Object> networks = Serialization.unmarshal(
                template.getMetadata().getAnnotations().get("k8s.v1.cni.cncf.io/networks"), List.class);

        assertThat(networks)
                .containsExactly(
                        Map.of(
                                "name", "d-45-cl-fw",
                                "namespace", "chainline-d-45",
                                "interface", "eth1",
                                "ips", List.of("10.60.2.30/24")),
                        Map.of(
                                "name", "d-45-fw-rt",
                                "namespace", "chainline-d-45",
                                "interface", "eth2",
                                "ips", List.of("10.60.3.30/24")));
        assertThat(template.getSpec().getSecurityContext().getSysctls())
                .singleElement()
                .satisfies(s -> assertThat(s.getName() + "=" + s.getValue()).isEqualTo("net.ipv4.ip_forward=1"));
        var container = template.getSpec().getContainers().getFirst();
        assertThat(container.getSecurityContext().getCapabilities().getAdd()).containsExactly("NET_ADMIN");
        assertThat(container.getVolumeMounts())
                .anySatisfy(m -> assertThat(m.getMountPath() + " " + m.getSubPath())
                        .isEqualTo("/etc/chainline/chain-context.json chain-context.json"));
        assertThat(container.getEnv())
                .anySatisfy(e -> assertThat(e.getName() + "=" + e.getValue())
                        .isEqualTo("CHAINLINE_CHAIN_CONTEXT=/etc/chainline/chain-context.json"));
        assertThat(template.getMetadata().getAnnotations()).containsKey("chainline.io/chain-context-sha256");
    }

    @Test
    void linksWithoutFixedAddressesAllocateFromTheirSubnetClusterWideAroundTheGateway() {
        DeploymentUnit unit = unit(ChainUnits.links(), false, 3);

        Map<String, Object> lan = plugin(nads(Manifests.of(unit)).getFirst());

        assertThat(lan.get("ipam"))
                .isEqualTo(Map.of("type", "whereabouts", "range", "10.60.1.0/24", "exclude", List.of("10.60.1.1/32")));
        assertThat(lan).doesNotContainKey("capabilities");
        String annotation = deployment(Manifests.of(unit), "router-main")
                .getSpec()
                .getTemplate()
                .getMetadata()
                .getAnnotations()
                .get("k8s.v1.cni.cncf.io/networks");
        assertThat(annotation).doesNotContain("ips").contains("\"interface\":\"eth2\"");
    }

    @Test
    void macvlanIpvlanAndSriovLinksFollowTheirDriverAndPodsRequestTheirDevices() {
        List<LinkNetwork> links = new ArrayList<>(ChainUnits.links());
        links.set(0, driven(links.get(0), LinkNetwork.Driver.MACVLAN, "ens2f0", null));
        links.set(4, driven(links.get(4), LinkNetwork.Driver.IPVLAN, null, null));
        links.set(3, driven(links.get(3), LinkNetwork.Driver.SRIOV, null, "intel.com/sriov_netdevice"));
        List<HasMetadata> objects = Manifests.of(ChainUnits.vcpe(REF, links));
        List<NetworkAttachmentDefinition> nads = nads(objects);

        assertThat(plugin(nads.get(0))).containsEntry("type", "macvlan").containsEntry("master", "ens2f0");
        assertThat(plugin(nads.get(4))).containsEntry("type", "ipvlan").doesNotContainKey("master");
        assertThat(plugin(nads.get(3))).containsEntry("type", "sriov");
        assertThat(nads.get(3).getMetadata().getAnnotations())
                .containsEntry("k8s.v1.cni.cncf.io/resourceName", "intel.com/sriov_netdevice");
        assertThat(nads.get(1).getMetadata().getAnnotations())
                .as("a bridge requests no device; every link says its subnet")
                .containsExactly(java.util.Map.entry("chainline.io/subnet", "10.60.2.0/24"));
        var router = deployment(objects, "router-main").getSpec().getTemplate().getSpec();
        var resources = router.getContainers().getFirst().getResources();
        assertThat(resources.getRequests()).containsEntry("intel.com/sriov_netdevice", new Quantity("1"));
        assertThat(resources.getLimits()).containsEntry("intel.com/sriov_netdevice", new Quantity("1"));
        var classifier =
                deployment(objects, "classifier-main").getSpec().getTemplate().getSpec();
        assertThat(classifier.getContainers().getFirst().getResources().getRequests())
                .doesNotContainKey("intel.com/sriov_netdevice");
    }

    @Test
    void severalInstancesWithFixedAddressesAreRefusedWithWhatToDo() {
        assertThatThrownBy(() -> Manifests.of(unit(ChainUnits.links(), true, 2)))
                .hasMessageContaining("VDU router-main runs 2 instances with fixed addresses")
                .hasMessageContaining("run one instance, or let the link allocate");
    }

    @Test
    void aLinkWithFixedAndAllocatedAddressesIsRefused() {
        DeploymentUnit unit = ChainUnits.vcpe(REF);
        List<Workload> workloads = new ArrayList<>(unit.workloads());
        workloads.set(2, ChainUnits.nf("router", 2, 1, false));
        DeploymentUnit mixed = new DeploymentUnit(REF, workloads, unit.flows(), List.of(), unit.networks());

        assertThatThrownBy(() -> Manifests.of(mixed))
                .hasMessageContaining(
                        "Link fw-rt has connection points with fixed addresses (firewall-main/firewall-out)")
                .hasMessageContaining("and without (router-main/router-in)");
    }

    @Test
    void aUnitWithoutLinksHasNoNadAndNoNetworkAnnotation() {
        List<HasMetadata> objects = Manifests.of(SampleUnits.vcpe(REF));

        assertThat(nads(objects)).isEmpty();
        assertThat(deployment(objects, "classifier-cls")
                        .getSpec()
                        .getTemplate()
                        .getMetadata()
                        .getAnnotations())
                .isNullOrEmpty();
    }

    /** The chain with the router's instances ({@code replicas}) fixed or allocated like every other NF's. */
    private static DeploymentUnit unit(List<LinkNetwork> links, boolean fixed, int routerReplicas) {
        List<Workload> workloads = new ArrayList<>();
        for (int i = 0; i < ChainUnits.NFS.size(); i++) {
            String nf = ChainUnits.NFS.get(i);
            workloads.add(ChainUnits.nf(nf, i, nf.equals("router") ? routerReplicas : 1, fixed));
        }
        return new DeploymentUnit(REF, workloads, List.of(), List.of(), links);
    }

    private static LinkNetwork driven(LinkNetwork link, LinkNetwork.Driver driver, String master, String resource) {
        return new LinkNetwork(
                link.link(),
                link.cidr(),
                link.gateway(),
                link.external(),
                driver,
                Optional.ofNullable(master),
                Optional.ofNullable(resource));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plugin(NetworkAttachmentDefinition nad) {
        Map<String, Object> config = Serialization.unmarshal(nad.getSpec().getConfig(), Map.class);
        assertThat(config.get("cniVersion")).isEqualTo("0.3.1");
        assertThat(config.get("name")).isEqualTo(nad.getMetadata().getName());
        return (Map<String, Object>) ((List<?>) config.get("plugins")).getFirst();
    }

    private static List<NetworkAttachmentDefinition> nads(List<HasMetadata> objects) {
        return objects.stream()
                .filter(NetworkAttachmentDefinition.class::isInstance)
                .map(NetworkAttachmentDefinition.class::cast)
                .toList();
    }

    private static Deployment deployment(List<HasMetadata> objects, String name) {
        return objects.stream()
                .filter(Deployment.class::isInstance)
                .map(Deployment.class::cast)
                .filter(d -> d.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
