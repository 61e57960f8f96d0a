package io.chainline.tosca.validate;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.types.TypeKind;
import io.chainline.tosca.yaml.YList;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import io.chainline.tosca.yaml.YScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Service-chain rules that TOSCA types cannot say: two classifiers of one forwarding path with the same criteria make
 * the path's traffic ambiguous (Tacker refuses them as NfpDuplicatePolicyCriteria). Checked for SOL001 NfpRule
 * policies and for Tacker's legacy FP criteria.
 */
final class ChainChecks {

    private final Context context;

    ChainChecks(Context context) {
        this.context = context;
    }

    void check(YMap topology) {
        topology.map("node_templates")
                .ifPresent(nodes -> nodes.entries().forEach((name, node) -> {
                    if (node instanceof YMap template && derives(template, "tosca.nodes.nfv.FP", TypeKind.NODE)) {
                        legacyCriteria(name, template);
                    }
                }));
        nfpRules(topology);
    }

    private void legacyCriteria(String path, YMap template) {
        Optional<YNode> criteria =
                template.map("properties").flatMap(p -> p.map("policy")).flatMap(p -> p.get("criteria"));
        if (criteria.isEmpty() || !(criteria.get() instanceof YList list)) {
            return;
        }
        Map<String, String> seen = new HashMap<>();
        for (YNode item : list.items()) {
            if (item instanceof YMap criterion) {
                String name = criterion.text("name").orElse(item.path());
                String key = canonical(criterion.get("classifier").orElse(criterion));
                duplicate(path, name, seen.putIfAbsent(key, name), item);
            }
        }
    }

    private void nfpRules(YMap topology) {
        List<YMap> rules = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Optional<YNode> policies = topology.get("policies");
        List<YNode> items =
                policies.map(p -> p instanceof YList l ? l.items() : List.of(p)).orElse(List.of());
        for (YNode item : items) {
            if (item instanceof YMap map) {
                map.entries().forEach((name, policy) -> {
                    if (policy instanceof YMap rule && derives(rule, "tosca.policies.nfv.NfpRule", TypeKind.POLICY)) {
                        rules.add(rule);
                        names.add(name);
                    }
                });
            }
        }
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            YMap rule = rules.get(i);
            String criteria = canonical(rule.get("properties").orElse(rule));
            for (String target : strings(rule.get("targets"))) {
                duplicate(target, names.get(i), seen.putIfAbsent(target + "|" + criteria, names.get(i)), rule);
            }
        }
    }

    private void duplicate(String path, String name, String earlier, YNode where) {
        if (earlier != null) {
            context.report(
                    IssueCode.NFP_DUPLICATE_CRITERIA,
                    where,
                    "The classifier '" + name + "' of forwarding path '" + path + "' has the same criteria as '"
                            + earlier + "', so the same traffic matches both; remove one or make them differ.");
        }
    }

    private boolean derives(YMap template, String base, TypeKind kind) {
        return template.text("type")
                .flatMap(t -> context.types().find(kind, t))
                .map(t -> context.types().lineage(t).stream()
                        .anyMatch(l -> l.name().startsWith(base)))
                .orElse(false);
    }

    /** A value's content without its position: equal criteria written in any key order give the same text. */
    private static String canonical(YNode node) {
        return switch (node) {
            case YScalar s -> s.isNull() ? "~" : s.text();
            case YList l ->
                l.items().stream().map(ChainChecks::canonical).toList().toString();
            case YMap m -> {
                TreeMap<String, String> sorted = new TreeMap<>();
                m.entries().forEach((k, v) -> sorted.put(k, canonical(v)));
                yield sorted.toString();
            }
        };
    }

    private static List<String> strings(Optional<YNode> node) {
        if (node.isPresent() && node.get() instanceof YList list) {
            return list.items().stream()
                    .filter(YScalar.class::isInstance)
                    .map(n -> ((YScalar) n).text())
                    .toList();
        }
        return List.of();
    }
}
