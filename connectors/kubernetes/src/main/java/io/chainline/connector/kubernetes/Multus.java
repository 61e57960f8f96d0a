package io.chainline.connector.kubernetes;

import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.Ownership;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;

/**
 * What the cluster says about Multus: whether its API serves NetworkAttachmentDefinitions (API discovery, which every
 * authenticated user may read, unlike CRDs), and the NADs a deployment owns. Listing and deleting treat a cluster
 * without the kind (404), or a service account not allowed to see it (403), as holding none: a deployment without
 * links then behaves exactly as before chains carried traffic, on any cluster and with any role.
 */
final class Multus {

    private final KubernetesClient client;

    Multus(KubernetesClient client) {
        this.client = client;
    }

    /** Whether the API serves {@code network-attachment-definitions.k8s.cni.cncf.io}. */
    boolean installed() {
        try {
            APIResourceList resources = client.getApiResources(NetworkAttachmentDefinition.API_VERSION);
            return resources != null
                    && resources.getResources().stream()
                            .anyMatch(r -> NetworkAttachmentDefinition.PLURAL.equals(r.getName()));
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** Refuses a unit whose links need secondary networks on a cluster without Multus, with what to do. */
    void require(DeploymentUnit unit) {
        if (unit.networks().isEmpty() || installed()) {
            return;
        }
        throw new ConnectorException(
                ConnectorException.Reason.UNSUPPORTED,
                "Deployment " + unit.ref().id() + " puts its network functions on "
                        + unit.networks().size() + " links ("
                        + String.join(
                                ", ",
                                unit.networks().stream().map(LinkNetwork::link).toList())
                        + "), which need secondary pod networks, and this cluster has no Multus: its API serves no"
                        + " NetworkAttachmentDefinition (k8s.cni.cncf.io/v1). Install Multus CNI (and the"
                        + " whereabouts IPAM plugin for links without fixed addresses), or deploy the chain to a"
                        + " Docker host.");
    }

    List<NetworkAttachmentDefinition> owned(DeploymentRef deployment) {
        try {
            return client.resources(NetworkAttachmentDefinition.class)
                    .inNamespace(deployment.namespaceOrDefault())
                    .withLabel(Ownership.DEPLOYMENT, deployment.id())
                    .list()
                    .getItems();
        } catch (KubernetesClientException e) {
            if (absentOrHidden(e)) {
                return List.of();
            }
            throw e;
        }
    }

    void delete(DeploymentRef deployment) {
        try {
            client.resources(NetworkAttachmentDefinition.class)
                    .inNamespace(deployment.namespaceOrDefault())
                    .withLabel(Ownership.DEPLOYMENT, deployment.id())
                    .delete();
        } catch (KubernetesClientException e) {
            if (!absentOrHidden(e)) {
                throw e;
            }
        }
    }

    private static boolean absentOrHidden(KubernetesClientException e) {
        return e.getCode() == 404 || e.getCode() == 403;
    }
}
