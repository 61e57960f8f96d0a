package io.chainline.tosca.model;

import java.util.List;

/** A {@code tosca.groups.nfv.VNFFG}: its member nodes and the forwarding paths (NFPs) it contains. */
public record ForwardingGraph(String name, String description, List<String> members, List<ForwardingPath> paths) {

    public ForwardingGraph {
        members = List.copyOf(members);
        paths = List.copyOf(paths);
    }
}
