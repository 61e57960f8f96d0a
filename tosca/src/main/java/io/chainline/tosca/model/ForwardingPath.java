package io.chainline.tosca.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code tosca.nodes.nfv.NFP}: ordered positions, each a set of elements traffic is forwarded to, and the
 * classifier rules ({@code NfpRule}) that select the traffic.
 */
public record ForwardingPath(String node, List<Position> positions, List<Rule> rules) {

    /**
     * A {@code NfpPosition}.
     *
     * @param behaviour all, lb (load-balanced) or ff (first feasible), when given
     */
    public record Position(String node, Optional<String> behaviour, List<Element> elements) {
        public Position {
            elements = List.copyOf(elements);
        }
    }

    /** A {@code NfpPositionElement}: the one or two connection points (in, out) it forwards through. */
    public record Element(String node, List<String> profileElements) {
        public Element {
            profileElements = List.copyOf(profileElements);
        }
    }

    /** A {@code NfpRule} policy's criteria, by property name (ether_type, protocol, destination_port_range…). */
    public record Rule(String name, Map<String, String> criteria) {
        public Rule {
            criteria = Maps.sorted(criteria);
        }
    }

    public ForwardingPath {
        positions = List.copyOf(positions);
        rules = List.copyOf(rules);
    }
}
