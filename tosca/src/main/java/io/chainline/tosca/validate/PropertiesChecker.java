package io.chainline.tosca.validate;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.types.PropertyDef;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import java.util.Map;

/** A set of property values against their definitions: required ones present, no unknown ones, each value valid. */
final class PropertiesChecker {

    private final Context context;
    private final ValueChecker values;

    PropertiesChecker(Context context, ValueChecker values) {
        this.context = context;
        this.values = values;
    }

    void check(YMap given, Map<String, PropertyDef> definitions, String owner, int depth) {
        for (Map.Entry<String, YNode> entry : given.entries().entrySet()) {
            PropertyDef definition = definitions.get(entry.getKey());
            if (definition == null) {
                context.issues()
                        .add(
                                IssueCode.TOSCA_PROPERTY_UNKNOWN,
                                given.keyLocation(entry.getKey()),
                                entry.getValue().path(),
                                "'" + entry.getKey() + "' is not a property of " + owner + ". Known: "
                                        + String.join(", ", definitions.keySet()) + ".");
            } else {
                values.checkNested(entry.getValue(), definition, depth);
            }
        }
        for (PropertyDef definition : definitions.values()) {
            if (definition.needsValue() && given.get(definition.name()).isEmpty()) {
                context.issues()
                        .add(
                                IssueCode.TOSCA_PROPERTY_MISSING,
                                given.location(),
                                given.path(),
                                "The required" + " property '" + definition.name() + "' of " + owner
                                        + " has no value and no default; add it.");
            }
        }
    }
}
