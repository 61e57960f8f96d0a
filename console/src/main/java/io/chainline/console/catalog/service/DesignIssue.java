package io.chainline.console.catalog.service;

import io.chainline.tosca.issue.Issue;

/**
 * Something wrong with a design, where the designer can fix it: the code (the TOSCA engine's, or a catalog rule's),
 * whether it blocks publishing, the node template or part it concerns, the YAML path and what to do.
 */
public record DesignIssue(String code, boolean error, String node, String path, String message) {

    private static final String NODES = "topology_template.node_templates.";

    static DesignIssue of(Issue issue) {
        return new DesignIssue(
                issue.code().code(), issue.isError(), nodeOf(issue.path()), issue.path(), issue.message());
    }

    /** {@code topology_template.node_templates.fw.properties…} concerns node {@code fw}. */
    static String nodeOf(String path) {
        if (!path.startsWith(NODES)) {
            return "";
        }
        String rest = path.substring(NODES.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
