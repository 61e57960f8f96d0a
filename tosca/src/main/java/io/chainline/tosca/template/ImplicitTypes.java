package io.chainline.tosca.template;

import io.chainline.tosca.types.TypeKind;
import io.chainline.tosca.types.TypeRegistry;
import io.chainline.tosca.yaml.YList;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Types real templates use without importing them, and what the engine supplies in their place (always with a
 * warning): SOL001 type files' common types, SOL001 types used by a template that imports none, and the version of
 * a bare type library.
 */
final class ImplicitTypes {

    private static final Pattern SOL001_TYPES = Pattern.compile("etsi_nfv_sol001_(vnfd|nsd|pnfd)_types");
    private static final Pattern NFV_TYPE =
            Pattern.compile("^tosca\\.(nodes|datatypes|policies|groups|capabilities)\\.nfv\\..*");

    private ImplicitTypes() {}

    /** A SOL001 vnfd/nsd/pnfd type file of a bundled edition: its common types file, from the bundle. */
    static Optional<String> commonFor(SourceFile file) {
        Optional<YMap> metadata = file.root().map("metadata");
        boolean sol001 = metadata.flatMap(m -> m.text("template_name"))
                .map(n -> SOL001_TYPES.matcher(n).matches())
                .orElse(false);
        if (!sol001) {
            return Optional.empty();
        }
        return metadata.flatMap(m -> m.text("template_version"))
                .flatMap(v -> BundledTypes.forUrl(
                        "https://forge.etsi.org/rep/nfv/SOL001/raw/v" + v + "/etsi_nfv_sol001_common_types.yaml"));
    }

    /** Node, policy and group types named in the entry's topology that look like SOL001's and are not defined. */
    static List<String> missingSol001(SourceFile entry, List<SourceFile> loaded, TypeRegistry types) {
        if (loaded.stream().anyMatch(f -> f.name().contains("etsi_nfv_sol001_"))) {
            return List.of();
        }
        boolean missing = usedTypes(entry.root()).stream()
                .anyMatch(t -> NFV_TYPE.matcher(t).matches()
                        && !types.isKnown(TypeKind.NODE, t)
                        && !types.isKnown(TypeKind.POLICY, t)
                        && !types.isKnown(TypeKind.GROUP, t));
        if (!missing) {
            return List.of();
        }
        String edition =
                entry.version().filter(v -> v == ToscaVersion.TOSCA_1_3).isPresent() ? "4.4.1" : "2.6.1";
        List<String> files = new ArrayList<>();
        for (String part : List.of("common", "vnfd", "nsd", "pnfd")) {
            BundledTypes.forUrl("https://forge.etsi.org/rep/nfv/SOL001/raw/v" + edition + "/etsi_nfv_sol001_" + part
                            + "_types.yaml")
                    .filter(name -> BundledTypes.read(name).isPresent())
                    .ifPresent(files::add);
        }
        return files;
    }

    private static List<String> usedTypes(YMap root) {
        List<String> used = new ArrayList<>();
        root.map("topology_template").ifPresent(topology -> {
            for (String section : List.of("node_templates", "groups")) {
                topology.map(section)
                        .ifPresent(
                                m -> m.entries().values().forEach(n -> typeOf(n).ifPresent(used::add)));
            }
            topology.get("policies")
                    .filter(YList.class::isInstance)
                    .ifPresent(policies -> ((YList) policies).items().forEach(item -> {
                        if (item instanceof YMap named) {
                            named.entries().values().forEach(n -> typeOf(n).ifPresent(used::add));
                        }
                    }));
        });
        return used;
    }

    private static Optional<String> typeOf(YNode node) {
        return node instanceof YMap map ? map.text("type") : Optional.empty();
    }

    private static final Pattern SOL001_FILE =
            Pattern.compile("(?:.*/)?(etsi_nfv_sol001_(?:common|vnfd|nsd|pnfd)_types\\.yaml)");

    /** The bundled copy for a missing import that is one of SOL001's type files by name. */
    static Optional<String> wellKnownSol001(String path, Optional<ToscaVersion> version) {
        var m = SOL001_FILE.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        String edition = version.filter(v -> v == ToscaVersion.TOSCA_1_3).isPresent() ? "4.4.1" : "2.6.1";
        return BundledTypes.forUrl("https://forge.etsi.org/rep/nfv/SOL001/raw/v" + edition + "/" + m.group(1));
    }

    /** A file with type definitions and no topology: a type library. */
    static boolean isTypeLibrary(YMap root) {
        return root.get("topology_template").isEmpty()
                && java.util.Arrays.stream(TypeKind.values())
                        .anyMatch(k -> root.get(k.section()).isPresent());
    }
}
