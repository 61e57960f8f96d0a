package io.chainline.tosca.validate;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.types.PropertyDef;
import io.chainline.tosca.types.TypeDef;
import io.chainline.tosca.yaml.YMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PNF packages as vendors and ONAP ship them leave out a PnfExtCp's {@code protocol}, which SOL001's Cp type marks
 * required although a physical box's addresses are its own: a deviation the interop profile tolerates (ADR 0037).
 */
final class PnfTolerance {

    static final String PNF_EXT_CP = "tosca.nodes.nfv.PnfExtCp";
    private static final String PROTOCOL = "protocol";

    private PnfTolerance() {}

    /**
     * The definitions to check a node template's properties against: unchanged, except that a PnfExtCp without
     * {@code protocol} is reported here as the deviation and the property is no longer required below.
     */
    static Map<String, PropertyDef> definitions(
            Context context, TypeDef type, YMap given, Map<String, PropertyDef> definitions, String node) {
        PropertyDef protocol = definitions.get(PROTOCOL);
        if (protocol == null
                || !protocol.needsValue()
                || given.get(PROTOCOL).isPresent()
                || !context.types().derivesFrom(type, PNF_EXT_CP)) {
            return definitions;
        }
        context.issues()
                .deviation(
                        IssueCode.INTEROP_PNF_CP_PROTOCOL,
                        IssueCode.TOSCA_PROPERTY_MISSING,
                        given.location(),
                        given.path(),
                        "The required property 'protocol' of " + type.name() + " has no value and no default; add it.",
                        "PNF external connection point '" + node + "' has no 'protocol' (its addresses are the"
                                + " physical box's own)");
        Map<String, PropertyDef> relaxed = new LinkedHashMap<>(definitions);
        relaxed.remove(PROTOCOL);
        return relaxed;
    }
}
