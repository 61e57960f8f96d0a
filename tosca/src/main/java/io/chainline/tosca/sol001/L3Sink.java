package io.chainline.tosca.sol001;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import io.chainline.tosca.template.LoadedTemplate;
import io.chainline.tosca.template.SourceFile;
import io.chainline.tosca.yaml.YList;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import java.util.List;
import java.util.Optional;

/** Where {@link L3Rules} put what they find: on the model, or located in the template the model was read from. */
@FunctionalInterface
public interface L3Sink {

    /**
     * @param modelPath the path into the model ({@code saps.customer.addressing.fixedAddresses[1]})
     * @param flavour the VNF flavour the node is in; empty in an NS
     * @param node the node template the issue is about
     * @param yamlKeys the keys inside the node template that hold the value, as far as they exist
     */
    void report(
            IssueCode code,
            String modelPath,
            Optional<String> flavour,
            String node,
            List<String> yamlKeys,
            String message);

    /** Issues with model paths, as {@link ChainRules} gives them to the designers. */
    static L3Sink onModel(Issues issues) {
        return (code, modelPath, flavour, node, yamlKeys, message) -> issues.add(code, "", modelPath, message);
    }

    /**
     * Issues at the file, line and YAML path of the node template (in the flavour's file when a VNF has several);
     * the model path when the node cannot be found.
     */
    static L3Sink located(LoadedTemplate template, Issues issues) {
        return (code, modelPath, flavour, node, yamlKeys, message) -> {
            Optional<YNode> where = find(template, flavour, node).map(n -> descend(n, yamlKeys));
            if (where.isPresent()) {
                issues.add(code, where.get().location(), where.get().path(), message);
            } else {
                issues.add(code, template.entry().name(), modelPath, message);
            }
        };
    }

    private static Optional<YMap> find(LoadedTemplate template, Optional<String> flavour, String node) {
        List<SourceFile> own =
                template.files().stream().filter(f -> !f.bundled()).toList();
        Optional<YMap> inFlavour = flavour.flatMap(id -> own.stream()
                .map(SourceFile::root)
                .flatMap(root -> root.map("topology_template").stream())
                .filter(t -> t.map("substitution_mappings")
                        .flatMap(s -> s.map("properties"))
                        .flatMap(p -> p.text("flavour_id"))
                        .filter(id::equals)
                        .isPresent())
                .flatMap(t -> t.map("node_templates").flatMap(n -> n.map(node)).stream())
                .findFirst());
        return inFlavour.or(() -> own.stream()
                .map(SourceFile::root)
                .flatMap(root -> root.map("topology_template").stream())
                .flatMap(t -> t.map("node_templates").flatMap(n -> n.map(node)).stream())
                .findFirst());
    }

    /** As deep as the keys go; in a list, into the first entry that has the next key. */
    private static YNode descend(YMap start, List<String> keys) {
        YNode current = start;
        for (String key : keys) {
            if (current instanceof YList list) {
                Optional<YMap> entry = list.items().stream()
                        .filter(i -> i instanceof YMap m && m.get(key).isPresent())
                        .map(YMap.class::cast)
                        .findFirst();
                if (entry.isEmpty()) {
                    break;
                }
                current = entry.get();
            }
            if (!(current instanceof YMap map) || map.get(key).isEmpty()) {
                break;
            }
            current = map.get(key).get();
        }
        return current;
    }
}
