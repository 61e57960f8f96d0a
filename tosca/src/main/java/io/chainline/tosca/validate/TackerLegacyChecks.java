package io.chainline.tosca.validate;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.types.TypeKind;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import io.chainline.tosca.yaml.YScalar;
import java.util.Set;

/**
 * Rules Tacker applies to its legacy VDUs beyond their types: {@code nfv_compute.cpu_allocation} becomes Nova flavour
 * extra specs, so it takes only the keys Tacker maps and a {@code cpu_affinity} Nova knows (shared or dedicated).
 */
final class TackerLegacyChecks {

    private static final Set<String> CPU_KEYS =
            Set.of("cpu_affinity", "thread_allocation", "socket_count", "thread_count", "core_count");
    private static final Set<String> AFFINITIES = Set.of("shared", "dedicated");

    private final Context context;

    TackerLegacyChecks(Context context) {
        this.context = context;
    }

    void check(YMap topology) {
        topology.map("node_templates")
                .ifPresent(nodes -> nodes.entries().values().forEach(node -> {
                    if (node instanceof YMap template && isTackerVdu(template)) {
                        template.map("capabilities")
                                .flatMap(c -> c.map("nfv_compute"))
                                .flatMap(c -> c.map("properties"))
                                .flatMap(p -> p.get("cpu_allocation"))
                                .ifPresent(this::cpuAllocation);
                    }
                }));
    }

    private void cpuAllocation(YNode allocation) {
        if (!(allocation instanceof YMap map)) {
            return; // its type check already says what is wrong
        }
        for (String key : map.keys()) {
            if (!CPU_KEYS.contains(key)) {
                context.issues()
                        .add(
                                IssueCode.TACKER_CPU_ALLOCATION,
                                map.keyLocation(key),
                                map.path() + "." + key,
                                "cpu_allocation takes only "
                                        + String.join(
                                                ", ", CPU_KEYS.stream().sorted().toList()) + "; Tacker cannot map '"
                                        + key + "' to a Nova flavour.");
            }
        }
        map.get("cpu_affinity")
                .filter(YScalar.class::isInstance)
                .map(YScalar.class::cast)
                .filter(v -> !AFFINITIES.contains(v.text()))
                .ifPresent(v -> context.report(
                        IssueCode.TACKER_CPU_ALLOCATION,
                        v,
                        "cpu_affinity is '" + v.text() + "'; Nova's CPU policy is 'shared' or 'dedicated'."));
    }

    private boolean isTackerVdu(YMap template) {
        return template.text("type")
                .flatMap(t -> context.types().find(TypeKind.NODE, t))
                .map(t -> context.types().lineage(t).stream()
                        .anyMatch(l -> l.name().equals("tosca.nodes.nfv.VDU.Tacker")))
                .orElse(false);
    }
}
