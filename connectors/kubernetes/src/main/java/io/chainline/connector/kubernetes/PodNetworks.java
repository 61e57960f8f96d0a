package io.chainline.connector.kubernetes;

import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.Workload;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A workload's place on the chain's data plane, as its pods carry it: the Multus networks annotation (each attachment's
 * NAD, interface and fixed address), the SR-IOV device each SR-IOV attachment requests, the capabilities its
 * containers declare, IPv4 forwarding for a forwarding NF, and the chain context file. A workload without data plane
 * gets none of it.
 *
 * <p>Forwarding is the pod sysctl {@code net.ipv4.ip_forward=1}. Kubernetes counts it as unsafe, so the kubelets must
 * allow it ({@code --allowed-unsafe-sysctls=net.ipv4.ip_forward}) and the namespace's Pod Security level must admit
 * it; an init container could set it only when privileged, which is a wider grant than one named sysctl.
 */
final class PodNetworks {

    static final String NETWORKS_ANNOTATION = "k8s.v1.cni.cncf.io/networks";
    static final String CONTEXT_DIGEST_ANNOTATION = "chainline.io/chain-context-sha256";
    static final String CONTEXT_PATH = "/etc/chainline/chain-context.json";
    static final String CONTEXT_ENV = "CHAINLINE_CHAIN_CONTEXT";
    static final String IP_FORWARD = "net.ipv4.ip_forward";

    private final DeploymentRef ref;
    private final String namespace;
    private final Map<String, LinkNetwork> networks;

    PodNetworks(DeploymentRef ref, String namespace, List<LinkNetwork> networks) {
        this.ref = ref;
        this.namespace = namespace;
        this.networks = networks.stream().collect(Collectors.toMap(LinkNetwork::link, Function.identity()));
    }

    /**
     * The pod template's annotations: its networks, and the chain context's digest so a changed context rolls the
     * pods (a mounted ConfigMap changes under a running NF, which reads its context once at start).
     */
    Map<String, String> annotations(Workload workload) {
        Map<String, String> annotations = new LinkedHashMap<>();
        List<Workload.Attachment> attachments = workload.dataPlane().attachments();
        if (!attachments.isEmpty()) {
            annotations.put(
                    NETWORKS_ANNOTATION,
                    Serialization.asJson(attachments.stream()
                            .map(a -> selection(workload, a))
                            .toList()));
        }
        String context = workload.configuration().get(Workload.CHAIN_CONTEXT);
        if (context != null) {
            annotations.put(CONTEXT_DIGEST_ANNOTATION, sha256(context));
        }
        return annotations;
    }

    private Map<String, Object> selection(Workload workload, Workload.Attachment attachment) {
        LinkNetwork network = networks.get(attachment.link());
        Map<String, Object> selection = new LinkedHashMap<>();
        selection.put("name", LinkNetworks.name(ref, network));
        selection.put("namespace", namespace);
        selection.put("interface", attachment.interfaceName());
        if (!attachment.addresses().isEmpty()) {
            if (workload.replicas() > 1 || attachment.addresses().size() > 1) {
                throw perInstanceAddresses(workload, attachment);
            }
            String prefix = network.cidr().substring(network.cidr().indexOf('/'));
            selection.put("ips", List.of(attachment.addresses().getFirst() + prefix));
        }
        return selection;
    }

    /** Every pod of a Deployment or StatefulSet has the same template, so none can have an address of its own. */
    private static ConnectorException perInstanceAddresses(Workload workload, Workload.Attachment attachment) {
        return new ConnectorException(
                ConnectorException.Reason.UNSUPPORTED,
                "VDU " + workload.name() + " runs " + workload.replicas() + " instances with fixed addresses "
                        + attachment.addresses() + " on link " + attachment.link() + ". On Kubernetes every pod of a"
                        + " VDU has the same network annotation, so each cannot have its own address: run one"
                        + " instance, or let the link allocate the addresses (no fixed address on its connection"
                        + " points).");
    }

    /** Pod-wide: IPv4 forwarding for a forwarding NF. */
    void decorate(PodSpecBuilder spec, Workload workload) {
        if (workload.dataPlane().forwarding()) {
            spec.withNewSecurityContext()
                    .addNewSysctl()
                    .withName(IP_FORWARD)
                    .withValue("1")
                    .endSysctl()
                    .endSecurityContext();
        }
    }

    /** Per container: declared capabilities, the chain context file, and on the first one the SR-IOV devices. */
    void decorate(ContainerBuilder container, Workload workload, boolean first) {
        if (!workload.dataPlane().capabilities().isEmpty()) {
            container
                    .withNewSecurityContext()
                    .withNewCapabilities()
                    .withAdd(workload.dataPlane().capabilities().stream()
                            .sorted()
                            .toList())
                    .endCapabilities()
                    .endSecurityContext();
        }
        if (workload.configuration().containsKey(Workload.CHAIN_CONTEXT)) {
            container
                    .addNewVolumeMount()
                    .withName("config")
                    .withMountPath(CONTEXT_PATH)
                    .withSubPath(Workload.CHAIN_CONTEXT)
                    .withReadOnly(true)
                    .endVolumeMount()
                    .addNewEnv()
                    .withName(CONTEXT_ENV)
                    .withValue(CONTEXT_PATH)
                    .endEnv();
        }
        Map<String, Integer> devices = sriovDevices(workload);
        if (first && !devices.isEmpty()) {
            var resources = container.editResources();
            devices.forEach((resource, count) -> resources
                    .addToRequests(resource, new Quantity(String.valueOf(count)))
                    .addToLimits(resource, new Quantity(String.valueOf(count))));
            resources.endResources();
        }
    }

    /** One virtual function per SR-IOV attachment, by device plugin resource. */
    private Map<String, Integer> sriovDevices(Workload workload) {
        Map<String, Integer> devices = new TreeMap<>();
        for (Workload.Attachment attachment : workload.dataPlane().attachments()) {
            LinkNetwork network = networks.get(attachment.link());
            if (network.driver() == LinkNetwork.Driver.SRIOV) {
                devices.merge(network.resourceName().orElseThrow(), 1, Integer::sum);
            }
        }
        return devices;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
