package io.chainline.tosca.validate;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.types.TypeDef;
import io.chainline.tosca.types.TypeKind;
import io.chainline.tosca.yaml.YList;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import io.chainline.tosca.yaml.YScalar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Arguments of intrinsic functions that can be checked before deployment: {@code token}'s three arguments, and the
 * attribute or property a {@code get_attribute} / {@code get_property} names on a named node template.
 */
final class FunctionChecks {

    private static final Set<String> KEYWORDS = Set.of("SELF", "SOURCE", "TARGET", "HOST");

    private final Context context;
    private final Map<String, YNode> nodes;

    FunctionChecks(Context context, Map<String, YNode> nodes) {
        this.context = context;
        this.nodes = nodes;
    }

    void scan(YNode node, int depth) {
        if (depth > 64) {
            return;
        }
        if (Functions.isFunction(node)) {
            YMap call = (YMap) node;
            String name = call.keys().iterator().next();
            YNode arguments = call.entries().get(name);
            switch (name) {
                case "token" -> token(arguments);
                case "concat" -> concat(arguments);
                case "get_attribute" -> reference(arguments, true);
                case "get_property" -> reference(arguments, false);
                default -> {}
            }
            scan(arguments, depth + 1);
        } else if (node instanceof YMap map) {
            map.entries().values().forEach(child -> scan(child, depth + 1));
        } else if (node instanceof YList list) {
            list.items().forEach(child -> scan(child, depth + 1));
        }
    }

    private void token(YNode arguments) {
        if (!(arguments instanceof YList list) || list.items().size() != 3) {
            context.report(
                    IssueCode.TOSCA_FUNCTION_INVALID,
                    arguments,
                    "token takes three arguments: the string, the"
                            + " separator character and the index of the token, e.g. [ 'a_b', '_', 1 ].");
            return;
        }
        if (list.items().get(1) instanceof YScalar separator && separator.text().length() != 1) {
            context.report(
                    IssueCode.TOSCA_FUNCTION_INVALID,
                    separator,
                    "token's separator must be one character, not '" + separator.text() + "'.");
        }
        if (list.items().get(2) instanceof YScalar index && index.resolved() != YScalar.Resolved.INTEGER) {
            context.report(
                    IssueCode.TOSCA_FUNCTION_INVALID,
                    index,
                    "token's index must be an integer, not " + index.kind() + " '" + index.text() + "'.");
        }
    }

    /**
     * TOSCA 1.3 (4.3.1): {@code concat: [ <string_value_expressions_*> ]}, a list of at least one argument, each a
     * scalar or a function giving one. tosca-parser (and so Tacker) refuses anything else.
     */
    private void concat(YNode arguments) {
        if (!(arguments instanceof YList list) || list.items().isEmpty()) {
            context.report(
                    IssueCode.TOSCA_FUNCTION_INVALID,
                    arguments,
                    "concat takes a list of at least one string expression (strings, numbers or functions giving"
                            + " one), e.g. [ 'http://', { get_input: host }, ':8080' ]; found "
                            + (arguments instanceof YList ? "an empty list" : arguments.kind()) + ".");
            return;
        }
        for (YNode item : list.items()) {
            boolean stringValued = item instanceof YScalar scalar
                    ? !scalar.isNull()
                    : Functions.isFunction(item)
                            && !NOT_STRING_VALUED.contains(
                                    ((YMap) item).keys().iterator().next());
            if (!stringValued) {
                context.report(
                        IssueCode.TOSCA_FUNCTION_INVALID,
                        item,
                        "concat joins string expressions; this argument is "
                                + (item instanceof YScalar ? "null" : describe(item))
                                + ", which gives no string: use a string, a number or a function such as get_input.");
            }
        }
    }

    private static final Set<String> NOT_STRING_VALUED = Set.of("get_nodes_of_type");

    private static String describe(YNode item) {
        if (Functions.isFunction(item)) {
            return ((YMap) item).keys().iterator().next() + " (it gives a list)";
        }
        return item.kind();
    }

    private void reference(YNode arguments, boolean attribute) {
        String function = attribute ? "get_attribute" : "get_property";
        if (!(arguments instanceof YList list) || list.items().size() < 2) {
            context.report(
                    IssueCode.TOSCA_FUNCTION_INVALID,
                    arguments,
                    function + " takes a list: the node template"
                            + " (or SELF, SOURCE, TARGET, HOST) and the name, e.g. [ SELF, name ].");
            return;
        }
        if (!(list.items().get(0) instanceof YScalar owner)
                || KEYWORDS.contains(owner.text())
                || list.items().size() != 2
                || !(list.items().get(1) instanceof YScalar name)) {
            return; // capability or nested paths, and relative keywords, resolve at deploy time
        }
        Optional<TypeDef> type = Optional.ofNullable(nodes.get(owner.text()))
                .filter(YMap.class::isInstance)
                .flatMap(n -> ((YMap) n).text("type"))
                .flatMap(t -> context.types().find(TypeKind.NODE, t));
        if (!nodes.containsKey(owner.text())) {
            context.report(
                    IssueCode.TOSCA_TARGET_UNKNOWN,
                    owner,
                    function + " names the node template '" + owner.text() + "', which does not exist.");
            return;
        }
        type.ifPresent(t -> member(owner, name, t, attribute));
    }

    /** The property (or attribute) a get_property (get_attribute) names is one the owner's type defines. */
    private void member(YScalar owner, YScalar name, TypeDef t, boolean attribute) {
        boolean known = context.types().properties(t).containsKey(name.text())
                || (attribute && context.types().attributes(t).containsKey(name.text()));
        if (!known) {
            List<String> candidates = attribute
                    ? List.copyOf(context.types().attributes(t).keySet())
                    : List.copyOf(context.types().properties(t).keySet());
            context.report(
                    IssueCode.TOSCA_FUNCTION_INVALID,
                    name,
                    "'" + owner.text() + "' (" + t.name()
                            + ") has no " + (attribute ? "attribute" : "property") + " '" + name.text() + "'"
                            + (candidates.isEmpty() ? "." : "; it has " + String.join(", ", candidates) + "."));
        }
    }
}
