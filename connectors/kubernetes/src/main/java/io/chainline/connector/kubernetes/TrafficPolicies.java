package io.chainline.connector.kubernetes;

import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Ownership;
import io.chainline.connector.api.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * NetworkPolicies that let traffic flow only along the service chain: a default deny for every pod of the
 * deployment, then per NF an allow from its own pods (traffic between its VDUs), from the NF before it on a forwarding
 * path, and from the declared external sources.
 */
final class TrafficPolicies {

    static final String DEFAULT_DENY = "chainline-default-deny";

    private final DeploymentRef ref;
    private final String namespace;

    TrafficPolicies(DeploymentRef ref, String namespace) {
        this.ref = ref;
        this.namespace = namespace;
    }

    List<HasMetadata> of(DeploymentUnit unit) {
        List<HasMetadata> policies = new ArrayList<>();
        policies.add(new NetworkPolicyBuilder()
                .withNewMetadata()
                .withName(DEFAULT_DENY)
                .withNamespace(namespace)
                .withLabels(Ownership.of(ref))
                .endMetadata()
                .withNewSpec()
                .withNewPodSelector()
                .withMatchLabels(new TreeMap<>(Map.of(Ownership.DEPLOYMENT, ref.id())))
                .endPodSelector()
                .withPolicyTypes("Ingress")
                .endSpec()
                .build());
        Set<String> nfs = new LinkedHashSet<>();
        unit.workloads().stream().map(Workload::nf).forEach(nfs::add);
        for (String nf : nfs) {
            policies.add(allow(nf, unit));
        }
        return policies;
    }

    private HasMetadata allow(String nf, DeploymentUnit unit) {
        Map<String, String> labels = new LinkedHashMap<>(Ownership.of(ref));
        labels.put(Ownership.NF, nf);
        return new NetworkPolicyBuilder()
                .withNewMetadata()
                .withName(Names.fit("chainline-allow-" + nf))
                .withNamespace(namespace)
                .withLabels(labels)
                .endMetadata()
                .withNewSpec()
                .withNewPodSelector()
                .withMatchLabels(new TreeMap<>(Map.of(Ownership.DEPLOYMENT, ref.id(), Ownership.NF, nf)))
                .endPodSelector()
                .withPolicyTypes("Ingress")
                .withIngress(ingress(nf, unit))
                .endSpec()
                .build();
    }

    /** From the NF's own pods, from the NFs that flow to it, and from the CIDRs given external access to it. */
    private List<NetworkPolicyIngressRule> ingress(String nf, DeploymentUnit unit) {
        List<NetworkPolicyIngressRule> rules = new ArrayList<>();
        rules.add(new NetworkPolicyIngressRuleBuilder().withFrom(pods(nf)).build());
        for (DeploymentUnit.Flow flow : unit.flows()) {
            if (flow.to().equals(nf)) {
                rules.add(new NetworkPolicyIngressRuleBuilder()
                        .withFrom(pods(flow.from()))
                        .withPorts(ports(flow.ports()))
                        .build());
            }
        }
        for (DeploymentUnit.ExternalAccess access : unit.externalAccess()) {
            if (access.to().equals(nf)) {
                NetworkPolicyIngressRuleBuilder rule =
                        new NetworkPolicyIngressRuleBuilder().withPorts(ports(access.ports()));
                access.cidrs()
                        .forEach(cidr -> rule.addNewFrom()
                                .withNewIpBlock()
                                .withCidr(cidr)
                                .endIpBlock()
                                .endFrom());
                rules.add(rule.build());
            }
        }
        return rules;
    }

    private NetworkPolicyPeer pods(String nf) {
        return new NetworkPolicyPeerBuilder()
                .withNewPodSelector()
                .withMatchLabels(new TreeMap<>(Map.of(Ownership.DEPLOYMENT, ref.id(), Ownership.NF, nf)))
                .endPodSelector()
                .build();
    }

    private static List<NetworkPolicyPort> ports(List<Workload.Port> ports) {
        return ports.stream()
                .map(p -> new NetworkPolicyPortBuilder()
                        .withPort(new IntOrString(p.port()))
                        .withProtocol(p.protocol())
                        .build())
                .toList();
    }
}
