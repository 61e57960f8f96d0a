package io.chainline.tosca.validate;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.yaml.YList;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import java.util.Set;

/**
 * The grammar of node filters (TOSCA 1.3 §3.6.5), wherever one appears: a node template's or a requirement's
 * {@code node_filter}, and {@code substitution_mappings.substitution_filter}. Property filters are a list of
 * single-key maps; capability filters a list of single-key maps, each holding its own property filter list.
 */
final class NodeFilterChecks {

    private static final Set<String> FILTER_KEYS = Set.of("properties", "capabilities");

    private final Context context;

    NodeFilterChecks(Context context) {
        this.context = context;
    }

    void check(YNode filter, String what) {
        if (!(filter instanceof YMap map)) {
            context.report(
                    IssueCode.TOSCA_WRONG_KIND, filter, what + " must be a map of 'properties' and 'capabilities'.");
            return;
        }
        for (String key : map.keys()) {
            if (!FILTER_KEYS.contains(key)) {
                context.issues()
                        .add(
                                IssueCode.TOSCA_FIELD_UNKNOWN,
                                map.keyLocation(key),
                                map.path() + "." + key,
                                "'" + key + "' is not a key of " + what + "; it takes 'properties' and"
                                        + " 'capabilities' directly.");
            }
        }
        map.get("properties").ifPresent(p -> propertyFilters(p, what));
        map.get("capabilities").ifPresent(c -> capabilityFilters(c, what));
    }

    private void propertyFilters(YNode properties, String what) {
        if (!(properties instanceof YList list)) {
            context.report(
                    IssueCode.TOSCA_WRONG_KIND,
                    properties,
                    "The properties of " + what + " must be a list of single-key maps (- name: constraint), not "
                            + properties.kind() + ".");
            return;
        }
        for (YNode item : list.items()) {
            if (!(item instanceof YMap entry) || entry.entries().size() != 1) {
                context.report(
                        IssueCode.TOSCA_WRONG_KIND,
                        item,
                        "Each property filter of " + what + " is a single-key map: - name: constraint.");
            }
        }
    }

    private void capabilityFilters(YNode capabilities, String what) {
        if (!(capabilities instanceof YList list)) {
            context.report(
                    IssueCode.TOSCA_WRONG_KIND,
                    capabilities,
                    "The capabilities of " + what + " must be a list of single-key maps (- capability: {properties:"
                            + " [...]}), not " + capabilities.kind() + ".");
            return;
        }
        for (YNode item : list.items()) {
            if (!(item instanceof YMap entry) || entry.entries().size() != 1) {
                context.report(
                        IssueCode.TOSCA_WRONG_KIND,
                        item,
                        "Each capability filter of " + what
                                + " is a single-key map: - capability: {properties: [...]}.");
                continue;
            }
            YNode body = entry.entries().values().iterator().next();
            if (body instanceof YMap capability) {
                capability.get("properties").ifPresent(p -> propertyFilters(p, what));
            } else {
                context.report(IssueCode.TOSCA_WRONG_KIND, body, "A capability filter holds {properties: [...]}.");
            }
        }
    }
}
