package io.chainline.tosca.validate;

import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import java.util.Set;

/** TOSCA intrinsic functions: a single-key map whose key names the function. Their value is known only later. */
final class Functions {

    static final Set<String> NAMES = Set.of(
            "get_input",
            "get_property",
            "get_attribute",
            "get_operation_output",
            "get_nodes_of_type",
            "get_artifact",
            "concat",
            "join",
            "token",
            "get_secret");

    private Functions() {}

    static boolean isFunction(YNode node) {
        return node instanceof YMap map
                && map.entries().size() == 1
                && NAMES.contains(map.keys().iterator().next());
    }
}
