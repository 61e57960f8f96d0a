package io.chainline.tosca.validate;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.yaml.YList;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import io.chainline.tosca.yaml.YScalar;
import java.util.Set;

/** Every {@code get_input} must name a declared input. */
final class InputReferences {

    private final Context context;
    private final Set<String> inputs;
    private final boolean fromParameters;

    InputReferences(Context context, Set<String> inputs, boolean fromParameters) {
        this.context = context;
        this.inputs = inputs;
        this.fromParameters = fromParameters;
    }

    void scan(YNode node) {
        scan(node, 0);
    }

    private void scan(YNode node, int depth) {
        if (depth > 64) {
            return;
        }
        if (node instanceof YMap map) {
            if (map.entries().size() == 1 && map.get("get_input").isPresent()) {
                check(map.get("get_input").get());
                return;
            }
            map.entries().values().forEach(child -> scan(child, depth + 1));
        } else if (node instanceof YList list) {
            list.items().forEach(child -> scan(child, depth + 1));
        }
    }

    private void check(YNode argument) {
        YNode name = argument instanceof YList list && !list.items().isEmpty()
                ? list.items().get(0)
                : argument;
        if (name instanceof YScalar scalar && !inputs.contains(scalar.text()) && fromParameters) {
            context.report(
                    IssueCode.TOSCA_INPUT_FROM_PARAMETERS,
                    scalar,
                    "get_input names '" + scalar.text()
                            + "', which is not declared; it must come from the parameter file at deploy time.");
        } else if (name instanceof YScalar scalar && !inputs.contains(scalar.text())) {
            context.report(
                    IssueCode.TOSCA_INPUT_UNKNOWN,
                    scalar,
                    "get_input names '" + scalar.text() + "', which is"
                            + " not declared under topology_template.inputs"
                            + (inputs.isEmpty() ? "" : " (declared: " + String.join(", ", inputs) + ")") + ".");
        } else if (!(name instanceof YScalar)) {
            context.report(IssueCode.TOSCA_FUNCTION_INVALID, argument, "get_input takes the name of an input.");
        }
    }
}
