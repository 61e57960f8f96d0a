package io.chainline.tosca.template;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import io.chainline.tosca.types.TypeDef;
import io.chainline.tosca.types.TypeKind;
import io.chainline.tosca.types.TypeRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Type definitions listed under another kind's section, as Tacker's single-file VNFD samples list data and policy
 * types under {@code node_types}. tosca-parser (and so Tacker) keeps all custom types in one table, so they work
 * there; here each moves to the section its {@code derived_from} chain names, so that the policies and properties
 * using it are checked against it instead of being "unknown". Strict reports the misplacement as an error at the
 * definition, interop as a warning; the type is moved in both, so nothing downstream adds noise.
 */
final class MisplacedTypes {

    private MisplacedTypes() {}

    static void relocate(TypeRegistry types, Issues issues) {
        boolean moved = true;
        for (int round = 0; moved && round < 16; round++) { // parents may themselves be misplaced: move them first
            moved = false;
            for (TypeKind kind : TypeKind.values()) {
                for (TypeDef type : types.all(kind)) {
                    Optional<TypeKind> home = type.bundled() ? Optional.empty() : homeOf(type, types);
                    if (home.isPresent()) {
                        move(type, home.get(), types, issues);
                        moved = true;
                    }
                }
            }
        }
    }

    /** The one other kind the parent belongs to, when the parent is not of the type's own kind. */
    private static Optional<TypeKind> homeOf(TypeDef type, TypeRegistry types) {
        Optional<String> parent = type.derivedFrom();
        if (parent.isEmpty() || types.isKnown(type.kind(), parent.get())) {
            return Optional.empty();
        }
        List<TypeKind> kinds = Arrays.stream(TypeKind.values())
                .filter(k -> k != type.kind() && types.find(k, parent.get()).isPresent())
                .toList();
        return kinds.size() == 1 ? Optional.of(kinds.getFirst()) : Optional.empty();
    }

    private static void move(TypeDef type, TypeKind home, TypeRegistry types, Issues issues) {
        types.remove(type.kind(), type.name());
        types.add(new TypeDef(home, type.name(), type.derivedFrom(), type.definition(), false));
        String parent = type.derivedFrom().orElseThrow();
        issues.deviation(
                IssueCode.INTEROP_TYPE_WRONG_SECTION,
                IssueCode.TOSCA_TYPE_WRONG_SECTION,
                type.definition().keyLocation("derived_from"),
                type.definition().path(),
                "'" + type.name() + "' is defined under " + type.kind().section() + " but derives from '" + parent
                        + "', one of the " + home.section() + "; move the definition to " + home.section() + ".",
                "'" + type.name() + "' was read as one of the " + home.section()
                        + ", as tosca-parser and Tacker read it");
    }
}
