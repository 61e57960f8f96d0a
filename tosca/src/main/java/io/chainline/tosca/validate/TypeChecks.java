package io.chainline.tosca.validate;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.types.PropertyDef;
import io.chainline.tosca.types.TypeDef;
import io.chainline.tosca.types.TypeKind;
import java.util.List;

/** Type definitions of the template's own files: parents exist, no derivation cycles, property types known. */
final class TypeChecks {

    private final Context context;

    TypeChecks(Context context) {
        this.context = context;
    }

    void check() {
        for (TypeKind kind : TypeKind.values()) {
            for (TypeDef type : context.types().all(kind)) {
                if (!type.bundled()) {
                    checkType(type);
                }
            }
        }
    }

    private void checkType(TypeDef type) {
        type.derivedFrom().ifPresent(parent -> checkParent(type, parent));
        checkCycle(type);
        checkPropertyTypes(type);
    }

    private void checkParent(TypeDef type, String parent) {
        boolean known = context.types().isKnown(type.kind(), parent)
                || (type.kind() == TypeKind.DATA && context.types().isKnown(TypeKind.DATA, parent));
        boolean elsewhere = java.util.Arrays.stream(TypeKind.values())
                .anyMatch(k -> context.types().isKnown(k, parent));
        if (!known && elsewhere) {
            context.issues()
                    .add(
                            IssueCode.TOSCA_TYPE_WRONG_SECTION,
                            type.definition().keyLocation("derived_from"),
                            type.definition().path() + ".derived_from",
                            "'" + type.name() + "' is defined under "
                                    + type.kind().section() + " but derives from '" + parent
                                    + "', a type of another"
                                    + " kind; move the definition to the right section.");
        } else if (!known) {
            // an error only where a template uses the type (TopologyChecks); a library may stay incomplete
            context.issues()
                    .add(
                            IssueCode.TOSCA_DEFINITION_TYPE_UNKNOWN,
                            type.definition().keyLocation("derived_from"),
                            type.definition().path() + ".derived_from",
                            "The parent type '" + parent + "' of '" + type.name()
                                    + "' is not defined; import the file that defines it.");
        }
    }

    private void checkCycle(TypeDef type) {
        List<TypeDef> lineage = context.types().lineage(type);
        TypeDef last = lineage.get(lineage.size() - 1);
        if (last.derivedFrom()
                .filter(p -> lineage.stream().anyMatch(t -> t.name().equals(p)))
                .isPresent()) {
            context.issues()
                    .add(
                            IssueCode.TOSCA_TYPE_DERIVATION_CYCLE,
                            type.location(),
                            type.definition().path(),
                            "'" + type.name() + "' derives from itself through "
                                    + lineage.stream().map(TypeDef::name).toList() + "; break the cycle.");
        }
    }

    private void checkPropertyTypes(TypeDef type) {
        for (PropertyDef property : type.ownProperties().values()) {
            if (!context.types().isKnown(TypeKind.DATA, property.type())) {
                context.issues()
                        .add(
                                IssueCode.TOSCA_DEFINITION_TYPE_UNKNOWN,
                                property.location(),
                                type.definition().path() + ".properties." + property.name(),
                                "The property '" + property.name() + "' has the unknown type '" + property.type()
                                        + "'; values of it cannot be checked.");
            }
        }
    }
}
