package io.chainline.connector.api;

import java.util.List;

/** What applying a deployment unit would do, resource by resource: the dry-run diff an operator reviews. */
public record Plan(List<Action> actions) {

    public Plan {
        actions = List.copyOf(actions);
    }

    public enum Change {
        CREATE,
        UPDATE,
        DELETE,
        UNCHANGED
    }

    /**
     * @param differences for an update, each field that differs ({@code spec.replicas: 3 → 2}); for others, why
     */
    public record Action(Change change, ResourceRef resource, List<String> differences) {
        public Action {
            differences = List.copyOf(differences);
        }
    }

    /** The actions that change something. */
    public List<Action> changes() {
        return actions.stream().filter(a -> a.change() != Change.UNCHANGED).toList();
    }

    public boolean isNoOp() {
        return changes().isEmpty();
    }
}
