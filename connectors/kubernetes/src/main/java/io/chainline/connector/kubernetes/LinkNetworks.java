package io.chainline.connector.kubernetes;

import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.Ownership;
import io.chainline.connector.api.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chain's virtual links as Multus {@code NetworkAttachmentDefinition}s, one per link in the deployment's namespace,
 * named {@code <deployment>-<link>}. The CNI configuration is a bridge unless the link says macvlan, ipvlan or
 * SR-IOV. Addresses: where the pods on a link have fixed addresses the link uses the {@code static} IPAM plugin and
 * each pod's annotation names its address ({@link PodNetworks}); where none has, whereabouts allocates from the link's
 * subnet cluster-wide (host-local would allocate per node, and pods on two nodes could get the same address).
 */
final class LinkNetworks {

    static final String RESOURCE_NAME_ANNOTATION = "k8s.v1.cni.cncf.io/resourceName";
    /**
     * The link's subnet on its definition: with static IPAM the CNI configuration names no subnet (each pod brings its
     * address), so without it a link moved to another subnet would look unchanged on the cluster.
     */
    static final String SUBNET_ANNOTATION = "chainline.io/subnet";

    static final String CNI_VERSION = "0.3.1";

    private final DeploymentRef ref;
    private final String namespace;

    LinkNetworks(DeploymentRef ref, String namespace) {
        this.ref = ref;
        this.namespace = namespace;
    }

    /** The NAD name of a link: {@code <deployment>-<link>}, fitted to a DNS label. */
    static String name(DeploymentRef ref, LinkNetwork network) {
        return Names.fit(network.nameIn(ref));
    }

    /**
     * The Linux bridge of a bridged link: at most 15 characters (IFNAMSIZ), so a hash of deployment and link, the same
     * on every node and different for every link.
     */
    static String bridgeName(DeploymentRef ref, LinkNetwork network) {
        return "cl-" + Names.hash(ref.id() + "/" + network.link());
    }

    List<HasMetadata> of(DeploymentUnit unit) {
        List<HasMetadata> definitions = new ArrayList<>();
        for (LinkNetwork network : unit.networks()) {
            definitions.add(definition(network, fixedAddresses(unit, network)));
        }
        return definitions;
    }

    private NetworkAttachmentDefinition definition(LinkNetwork network, boolean fixed) {
        NetworkAttachmentDefinition definition = new NetworkAttachmentDefinition();
        ObjectMetaBuilder meta = new ObjectMetaBuilder()
                .withName(name(ref, network))
                .withNamespace(namespace)
                .withLabels(Ownership.of(ref, network));
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put(SUBNET_ANNOTATION, network.cidr());
        network.resourceName()
                .filter(r -> network.driver() == LinkNetwork.Driver.SRIOV)
                .ifPresent(r -> annotations.put(RESOURCE_NAME_ANNOTATION, r));
        meta.withAnnotations(annotations);
        definition.setMetadata(meta.build());
        definition.setSpec(new NetworkAttachmentDefinition.Spec(config(network, fixed)));
        return definition;
    }

    /** The CNI configuration list: one plugin, with the {@code ips} capability when pods ask for their addresses. */
    String config(LinkNetwork network, boolean fixed) {
        Map<String, Object> plugin = new LinkedHashMap<>();
        switch (network.driver()) {
            case BRIDGE -> {
                plugin.put("type", "bridge");
                plugin.put("bridge", bridgeName(ref, network));
                plugin.put("isGateway", false);
                plugin.put("ipMasq", false);
            }
            case MACVLAN -> {
                plugin.put("type", "macvlan");
                network.master().ifPresent(m -> plugin.put("master", m));
                plugin.put("mode", "bridge");
            }
            case IPVLAN -> {
                plugin.put("type", "ipvlan");
                network.master().ifPresent(m -> plugin.put("master", m));
                plugin.put("mode", "l2");
            }
            case SRIOV -> plugin.put("type", "sriov");
        }
        if (fixed) {
            plugin.put("capabilities", Map.of("ips", true));
        }
        plugin.put("ipam", ipam(network, fixed));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("cniVersion", CNI_VERSION);
        config.put("name", name(ref, network));
        config.put("plugins", List.of(plugin));
        return Serialization.asJson(config);
    }

    private static Map<String, Object> ipam(LinkNetwork network, boolean fixed) {
        Map<String, Object> ipam = new LinkedHashMap<>();
        if (fixed) {
            ipam.put("type", "static");
            return ipam;
        }
        ipam.put("type", "whereabouts");
        ipam.put("range", network.cidr());
        network.gateway().ifPresent(g -> ipam.put("exclude", List.of(g + (g.contains(":") ? "/128" : "/32"))));
        return ipam;
    }

    /**
     * Whether the pods on the link have fixed addresses. One NAD serves every pod on its link, and Multus' static IPAM
     * gives no address to a pod that names none, so a link is all fixed or all allocated.
     */
    static boolean fixedAddresses(DeploymentUnit unit, LinkNetwork network) {
        List<String> fixed = new ArrayList<>();
        List<String> allocated = new ArrayList<>();
        for (Workload workload : unit.workloads()) {
            for (Workload.Attachment attachment : workload.dataPlane().attachments()) {
                if (attachment.link().equals(network.link())) {
                    String cp = workload.name() + "/" + attachment.connectionPoint();
                    (attachment.addresses().isEmpty() ? allocated : fixed).add(cp);
                }
            }
        }
        if (!fixed.isEmpty() && !allocated.isEmpty()) {
            throw new ConnectorException(
                    ConnectorException.Reason.UNSUPPORTED,
                    "Link " + network.link() + " has connection points with fixed addresses ("
                            + String.join(", ", fixed)
                            + ") and without (" + String.join(", ", allocated) + "). On Kubernetes one Multus"
                            + " network serves the whole link, with static addresses or allocated ones: give every"
                            + " connection point on the link an address, or none.");
        }
        return !fixed.isEmpty();
    }
}
