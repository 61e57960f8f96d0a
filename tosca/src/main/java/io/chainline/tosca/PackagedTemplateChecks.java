package io.chainline.tosca;

import io.chainline.tosca.csar.CsarReader;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import io.chainline.tosca.template.LoadedTemplate;
import io.chainline.tosca.template.Paths;
import io.chainline.tosca.template.SourceFile;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import io.chainline.tosca.yaml.YScalar;
import java.util.List;
import java.util.Optional;

/**
 * Rules that hold only for a template inside a package: the files its artifacts and operations name are in the
 * package, and a package without TOSCA.meta identifies itself in the entry template's metadata.
 */
final class PackagedTemplateChecks {

    private static final List<String> ROOT_METADATA = List.of("template_name", "template_author", "template_version");

    private final CsarReader.OpenedPackage csar;
    private final Issues issues;

    PackagedTemplateChecks(CsarReader.OpenedPackage csar, Issues issues) {
        this.csar = csar;
        this.issues = issues;
    }

    void check(LoadedTemplate template) {
        if (!csar.hasToscaMeta()) {
            rootMetadata(template);
        }
        for (SourceFile file : template.files()) {
            if (!file.bundled()) {
                file.root()
                        .map("topology_template")
                        .flatMap(t -> t.map("node_templates"))
                        .ifPresent(nodes -> nodes.entries().values().forEach(node -> referencedFiles(file, node)));
            }
        }
    }

    /**
     * A CSAR without TOSCA.meta names itself in its root template's metadata (TOSCA 1.3, 4.2). tosca-parser and
     * Tacker load such a package without it, the single root YAML being the entry, unless the template is TOSCA 1.0
     * (which knows no such CSAR); interop does the same.
     */
    private void rootMetadata(LoadedTemplate template) {
        YMap root = template.entry().root();
        Optional<YMap> metadata = root.map("metadata");
        List<String> missing = ROOT_METADATA.stream()
                .filter(key -> metadata.flatMap(m -> m.text(key)).isEmpty())
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        // TOSCA 1.0 has no CSAR without TOSCA.meta at all; tosca-parser, too, refuses one in that dialect only
        boolean simple10 = root.text("tosca_definitions_version")
                .filter("tosca_simple_yaml_1_0"::equals)
                .isPresent();
        if (!issues.tolerates() || simple10) {
            for (String key : missing) {
                issues.add(IssueCode.CSAR_META_MISSING, root.location(), "metadata." + key, rootMetadataMessage(key));
            }
            return;
        }
        issues.deviation(
                IssueCode.INTEROP_ROOT_METADATA,
                IssueCode.CSAR_META_MISSING,
                root.location(),
                "metadata",
                rootMetadataMessage(String.join("', '", missing)),
                "'" + template.entry().name() + "', the only YAML file at the package root, was read as the entry"
                        + " definitions");
    }

    private static String rootMetadataMessage(String missing) {
        return "A CSAR without TOSCA-Metadata/TOSCA.meta must name itself in the root template's metadata ("
                + String.join(", ", ROOT_METADATA) + "); '" + missing + "' is missing.";
    }

    private void referencedFiles(SourceFile file, YNode node) {
        if (!(node instanceof YMap template)) {
            return;
        }
        template.map("artifacts")
                .ifPresent(artifacts -> artifacts.entries().values().forEach(artifact -> {
                    YNode reference =
                            artifact instanceof YMap map ? map.get("file").orElse(null) : artifact;
                    requireFile(file, reference, true);
                }));
        java.util.Set<String> artifactNames =
                template.map("artifacts").map(YMap::keys).orElse(java.util.Set.of());
        template.map("interfaces")
                .ifPresent(interfaces -> interfaces.entries().values().forEach(operations -> {
                    if (operations instanceof YMap ops) {
                        ops.entries().forEach((name, operation) -> {
                            YNode implementation = implementation(operation);
                            boolean namesArtifact =
                                    implementation instanceof YScalar s && artifactNames.contains(s.text());
                            if (!name.equals("inputs") && !name.equals("type") && !namesArtifact) {
                                requireFile(file, implementation, false);
                            }
                        });
                    }
                }));
    }

    private static YNode implementation(YNode operation) {
        if (operation instanceof YMap map) {
            YNode implementation = map.get("implementation").orElse(null);
            return implementation instanceof YMap impl ? impl.get("primary").orElse(null) : implementation;
        }
        return operation;
    }

    /**
     * @param orFromRoot artifact files may also be given from the package root (Tacker's packages do); operation
     *     implementations are relative to their template only, as TOSCA says
     */
    private void requireFile(SourceFile file, YNode reference, boolean orFromRoot) {
        if (!(reference instanceof YScalar scalar)
                || scalar.isNull()
                || scalar.text().contains("://")
                || scalar.text().isBlank()) {
            return;
        }
        String path = scalar.text().trim();
        // relative to the template that names it, as TOSCA says (not to the package root)
        boolean present = Paths.join(Paths.parent(file.name()), path)
                        .flatMap(csar.contents()::read)
                        .isPresent()
                || (orFromRoot
                        && Paths.join("", path).flatMap(csar.contents()::read).isPresent());
        if (present) {
            return;
        }
        String missing =
                "The file '" + path + "' is referenced here but is not in the package; add it or correct the path.";
        if (path.startsWith("/")) {
            // Tacker's management drivers: an absolute path names a file installed on the VNFM host, not packaged
            issues.deviation(
                    IssueCode.INTEROP_HOST_FILE,
                    IssueCode.CSAR_ARTIFACT_MISSING,
                    scalar.location(),
                    scalar.path(),
                    missing,
                    "'" + path + "' is a file on the VNFM host; Chainline does not run it");
        } else {
            issues.add(IssueCode.CSAR_ARTIFACT_MISSING, scalar.location(), scalar.path(), missing);
        }
    }
}
