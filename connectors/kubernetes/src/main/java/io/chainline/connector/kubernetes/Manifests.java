package io.chainline.connector.kubernetes;

import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Ownership;
import io.chainline.connector.api.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * A deployment unit as the Kubernetes objects that run it, in the order they are created: the namespace (when
 * Chainline owns it), the chain's link networks (Multus NADs), configuration, services, network policies, then the
 * workloads that use them. Pure: the same
 * unit always gives the same objects, which is what the golden-file tests pin down.
 */
final class Manifests {

    private Manifests() {}

    static List<HasMetadata> of(DeploymentUnit unit) {
        String namespace = unit.ref().namespaceOrDefault();
        List<HasMetadata> objects = new ArrayList<>();
        if (unit.ref().namespace().isEmpty()) {
            objects.add(new NamespaceBuilder()
                    .withNewMetadata()
                    .withName(namespace)
                    .withLabels(Ownership.of(unit.ref()))
                    .endMetadata()
                    .build());
        }
        // the links first: Multus looks a pod's networks up when the pod is created
        objects.addAll(new LinkNetworks(unit.ref(), namespace).of(unit));
        WorkloadManifests workloads = new WorkloadManifests(unit.ref(), namespace, unit.networks());
        List<HasMetadata> perWorkload = new ArrayList<>();
        for (Workload workload : unit.workloads()) {
            if (workload.vm().isPresent()) {
                throw new io.chainline.connector.api.ConnectorException(
                        io.chainline.connector.api.ConnectorException.Reason.UNSUPPORTED,
                        "VDU " + workload.name() + " is a VM; this Kubernetes target runs containers. Deploy it to an"
                                + " OpenStack target, or to a cluster with KubeVirt through a later connector.");
            }
            perWorkload.addAll(workloads.of(workload));
        }
        perWorkload.stream().filter(o -> !isWorkload(o)).forEach(objects::add);
        objects.addAll(new TrafficPolicies(unit.ref(), namespace).of(unit));
        perWorkload.stream().filter(Manifests::isWorkload).forEach(objects::add);
        return objects;
    }

    static boolean isWorkload(HasMetadata object) {
        return object.getKind().equals("Deployment") || object.getKind().equals("StatefulSet");
    }
}
