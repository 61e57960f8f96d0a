package io.chainline.tosca.validate;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import io.chainline.tosca.types.PropertyDef;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import java.util.Map;

/**
 * An input's {@code default} must be a value of the input's own type and meet its constraints: the default is what
 * a deployment gets when nobody gives the input, and Tacker and tosca-parser refuse a template whose default does not
 * fit. An error in both profiles, at {@code topology_template.inputs.<name>.default}.
 */
final class InputDefaults {

    private final Context context;

    InputDefaults(Context context) {
        this.context = context;
    }

    void check(YMap inputs) {
        for (Map.Entry<String, YNode> entry : inputs.entries().entrySet()) {
            if (entry.getValue() instanceof YMap definition
                    && definition.get("default").isPresent()) {
                check(
                        entry.getKey(),
                        PropertyDef.of(entry.getKey(), definition),
                        definition.get("default").get());
            }
        }
    }

    private void check(String name, PropertyDef input, YNode value) {
        Issues found = new Issues(context.issues().profile());
        new ValueChecker(new Context(context.types(), found)).check(value, input);
        for (Issue issue : found.list()) {
            context.issues()
                    .add(new Issue(
                            IssueCode.TOSCA_INPUT_DEFAULT_INVALID,
                            IssueCode.TOSCA_INPUT_DEFAULT_INVALID.severity(),
                            issue.file(),
                            issue.line(),
                            issue.column(),
                            issue.path(),
                            "The default of the input '" + name + "' does not fit the input's type " + input.type()
                                    + ": " + issue.message() + " Correct the default or the input's type."));
        }
    }
}
