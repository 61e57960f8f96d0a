package io.chainline.tosca;

import io.chainline.tosca.template.LoadedTemplate;
import io.chainline.tosca.template.SourceFile;
import io.chainline.tosca.types.TypeDef;
import io.chainline.tosca.types.TypeKind;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Says what a template describes (VNF, NS, types only…) and which SOL001 edition its type files come from. */
final class Classifier {

    private static final Pattern VERSION_IN_TEXT = Pattern.compile("version (\\d+\\.\\d+\\.\\d+)");

    private Classifier() {}

    static String kind(LoadedTemplate template) {
        Optional<YMap> topology = template.entry().root().map("topology_template");
        if (topology.isEmpty()) {
            return "types";
        }
        Map<String, YNode> nodes =
                topology.get().map("node_templates").map(YMap::entries).orElse(Map.of());
        boolean vnf = topology.get()
                .map("substitution_mappings")
                .flatMap(m -> m.text("node_type"))
                .flatMap(t -> template.types().find(TypeKind.NODE, t))
                .map(t -> template.types().derivesFrom(t, "tosca.nodes.nfv.VNF"))
                .orElse(false);
        boolean ns = false;
        boolean pnf = false;
        for (YNode node : nodes.values()) {
            Optional<TypeDef> type = node instanceof YMap map
                    ? map.text("type").flatMap(t -> template.types().find(TypeKind.NODE, t))
                    : Optional.empty();
            if (type.isPresent()) {
                ns |= template.types().derivesFrom(type.get(), "tosca.nodes.nfv.NS")
                        || template.types().derivesFrom(type.get(), "tosca.nodes.nfv.NsVirtualLink");
                pnf |= template.types().derivesFrom(type.get(), "tosca.nodes.nfv.PNF");
                vnf |= type.get().name().startsWith("tosca.nodes.nfv.Vdu")
                        || type.get().name().startsWith("tosca.nodes.nfv.VDU")
                        || template.types().derivesFrom(type.get(), "tosca.nodes.nfv.VNF");
            }
        }
        boolean forwardingGraph = topology.get().map("groups").map(YMap::entries).orElse(Map.of()).values().stream()
                .anyMatch(g -> g instanceof YMap group
                        && group.text("type").filter(t -> t.contains("VNFFG")).isPresent());
        if (ns || forwardingGraph) {
            return "nsd";
        }
        if (pnf) {
            return "pnfd";
        }
        return vnf ? "vnfd" : "template";
    }

    static int nodeTemplates(LoadedTemplate template) {
        return template.entry()
                .root()
                .map("topology_template")
                .flatMap(t -> t.map("node_templates"))
                .map(m -> m.entries().size())
                .orElse(0);
    }

    /** From the SOL001 type files loaded (their metadata or description name the edition). */
    static Optional<String> sol001Version(LoadedTemplate template) {
        for (SourceFile file : template.files()) {
            if (file.name().contains("etsi_nfv_sol001_")) {
                Optional<String> version = file.root()
                        .map("metadata")
                        .flatMap(m -> m.text("template_version"))
                        .or(() -> file.root().text("description").flatMap(Classifier::versionIn));
                if (version.isPresent()) {
                    return version;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> versionIn(String text) {
        Matcher m = VERSION_IN_TEXT.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
