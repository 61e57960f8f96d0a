package io.chainline.connector.docker;

import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.Ownership;
import io.chainline.connector.api.Workload;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Names, labels and the spec fingerprint of what a workload becomes on a Docker engine. Containers and services
 * cannot be edited in place, so drift is a changed fingerprint (the {@link #SPEC} label) or a changed state.
 */
final class Specs {

    /** The fingerprint of the desired spec a container or service was made from. */
    static final String SPEC = "chainline.io/spec";

    static final String REPLICA = "chainline.io/replica";

    private Specs() {}

    static String network(DeploymentRef ref) {
        return "chainline-" + ref.id();
    }

    /** {@code chainline-d42-firewall-fw}: a service, or the stem of a workload's containers. */
    static String base(DeploymentRef ref, Workload workload) {
        return "chainline-" + ref.id() + "-" + workload.name();
    }

    static String container(DeploymentRef ref, Workload workload, int replica) {
        return base(ref, workload) + "-" + replica;
    }

    static Map<String, String> labels(DeploymentRef ref, Workload workload) {
        Map<String, String> labels = new LinkedHashMap<>(Ownership.of(ref, workload));
        labels.put(SPEC, fingerprint(workload));
        return labels;
    }

    static Map<String, String> deploymentFilter(DeploymentRef ref) {
        return Map.of(Ownership.DEPLOYMENT, ref.id());
    }

    static List<String> environment(Workload.ContainerSpec container) {
        return new TreeMap<>(container.environment())
                .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    /** The probe as a Docker health check command, run inside the container. */
    static List<String> healthCommand(Workload.Probe probe) {
        String command = switch (probe.kind()) {
            case "http" -> "wget -q -O /dev/null http://127.0.0.1:" + probe.port() + probe.target();
            case "exec" -> probe.target();
            default -> "nc -z 127.0.0.1 " + probe.port();
        };
        return List.of("CMD-SHELL", command);
    }

    /** Docker and Swarm say x86_64 and aarch64 where OCI and Kubernetes say amd64 and arm64. */
    static String engineArchitecture(Architecture architecture) {
        return switch (architecture) {
            case AMD64 -> "x86_64";
            case ARM64 -> "aarch64";
            default -> architecture.ociName();
        };
    }

    static String fingerprint(Workload workload) {
        StringBuilder text = new StringBuilder();
        text.append(workload.replicas())
                .append('|')
                .append(workload.isolation())
                .append('|')
                .append(workload.runtimeClass().orElse(""))
                .append('|')
                .append(workload.architectures().stream()
                        .map(Architecture::ociName)
                        .sorted()
                        .toList())
                .append('|')
                .append(workload.spreadAcrossNodes())
                .append('|')
                .append(new TreeMap<>(workload.configuration()));
        for (Workload.ContainerSpec c : workload.containers()) {
            text.append('|').append(fingerprintText(c));
        }
        if (!workload.dataPlane().equals(Workload.DataPlane.NONE)) {
            // only then, so containers made before chains carried traffic keep their fingerprint
            text.append("|dp:")
                    .append(workload.dataPlane().attachments())
                    .append(workload.dataPlane().forwarding())
                    .append(new java.util.TreeSet<>(workload.dataPlane().capabilities()));
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Everything of a container that a change of must recreate it; the order is part of the fingerprint. */
    private static String fingerprintText(Workload.ContainerSpec c) {
        return new StringBuilder()
                .append(c.name())
                .append(',')
                .append(c.image())
                .append(',')
                .append(c.cpuLimitMilli())
                .append(',')
                .append(c.memoryLimitBytes())
                .append(',')
                .append(environment(c))
                .append(',')
                .append(c.ports())
                .append(',')
                .append(c.liveness())
                .append(',')
                .append(c.readiness())
                .toString();
    }
}
