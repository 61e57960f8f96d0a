package io.chainline.tosca.sol001;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import io.chainline.tosca.issue.Location;
import io.chainline.tosca.model.Descriptor;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.NsIdentity;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfIdentity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The identity rule (issue 23): a descriptor's identity is read wherever SOL001 allows it (the node template's
 * properties, its node type's property defaults, the defaults of the inputs {@code get_input} names); when a part
 * that identifies it cannot be found, the import stops with {@code DESCRIPTOR-IDENTITY-MISSING}, naming what is
 * missing and where it was looked for. A model with a blank identity is never handed out: the catalog keys products
 * on it, and a blank row collides with the next blank import. Legacy (Tacker) descriptors have no SOL001 identity;
 * their name is required (the template name, else the node type their substitution exposes). PNFDs are not judged
 * here.
 */
final class IdentityRule {

    private IdentityRule() {}

    /** The identifying properties the descriptor lacks, by their SOL001 names. */
    static List<String> missing(Descriptor descriptor, boolean legacy) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (descriptor instanceof VnfDescriptor vnf) {
            VnfIdentity id = vnf.identity();
            if (!legacy) {
                fields.put("descriptor_id", id.descriptorId());
                fields.put("descriptor_version", id.descriptorVersion());
                fields.put("provider", id.provider());
            }
            fields.put("product_name", id.productName());
            if (!legacy) {
                fields.put("software_version", id.softwareVersion());
            }
        } else if (descriptor instanceof NsDescriptor ns) {
            NsIdentity id = ns.identity();
            if (!legacy) {
                fields.put("descriptor_id", id.descriptorId());
                fields.put("designer", id.designer());
                fields.put("version", id.version());
            }
            fields.put("name", id.name());
        }
        List<String> missing = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                missing.add(name);
            }
        });
        return missing;
    }

    /**
     * @param nodes where the identity was looked for (VNF or NS node templates, or a substitution's node type)
     * @param fallback where to report when there is no such node: the entry file
     */
    static void report(
            Issues issues, String kind, List<String> missing, List<Node> nodes, boolean legacy, Location fallback) {
        Optional<Node> first = nodes.stream().findFirst();
        Location where = first.map(n -> n.definition().location()).orElse(fallback);
        String path = first.map(n -> n.definition().path()).orElse("");
        issues.add(
                IssueCode.DESCRIPTOR_IDENTITY_MISSING,
                where,
                path,
                "The " + kind + "'s identity lacks " + String.join(", ", missing) + ". " + lookedIn(kind, nodes, legacy)
                        + " Without them the " + kind + " cannot be told apart from others in the catalog, so it is"
                        + " not imported.");
    }

    private static final int MAX_PLACES = 3;

    private static String lookedIn(String kind, List<Node> nodes, boolean legacy) {
        if (legacy) {
            return "A legacy descriptor is named by metadata.template_name, else by the node type its"
                    + " substitution_mappings exposes; it has neither: add a template_name.";
        }
        String base = kind.equals("VNFD") ? NfvTypes.VNF : NfvTypes.NS;
        String node = kind.substring(0, kind.length() - 1);
        if (nodes.isEmpty()) {
            return "It has no node template of a type derived from " + base
                    + " and no substitution_mappings naming such a type, where SOL001 puts the identity: add the "
                    + node + " node template with its identifying properties.";
        }
        List<String> places = nodes.stream()
                .limit(MAX_PLACES)
                .map(n -> n.definition().keys().isEmpty() && n.name().equals("substitution_mappings")
                        ? "the property defaults of " + n.typeName() + " (named by substitution_mappings in "
                                + n.file().name() + ")"
                        : "the properties of '" + n.name() + "' (" + n.file().name() + "), the property defaults of "
                                + n.typeName() + " and the defaults of the inputs its get_input calls name")
                .toList();
        return "Looked in " + String.join("; ", places) + (nodes.size() > MAX_PLACES ? " (and others)" : "")
                + ": give them as the node type's property defaults, the node template's properties or defaults of"
                + " the inputs they name.";
    }
}
