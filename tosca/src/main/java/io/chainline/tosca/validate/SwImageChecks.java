package io.chainline.tosca.validate;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.types.TypeDef;
import io.chainline.tosca.types.TypeKind;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import io.chainline.tosca.yaml.YScalar;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A SOL001 VDU (Vdu.Compute or Vdu.VirtualBlockStorage) whose image is an artifact must describe it in
 * {@code sw_image_data} (SOL001 v2) or in the artifact's own properties (SOL001 v3+). SOL001 v2 marks the property
 * optional, but Tacker takes the image artifact (a {@code tosca.artifacts.nfv.SwImage}, or any artifact in the short
 * notation {@code name: file-or-url}) together with {@code sw_image_data} and refuses the package without it; so does
 * Chainline, in both profiles.
 */
final class SwImageChecks {

    private static final List<String> VDU_TYPES =
            List.of("tosca.nodes.nfv.Vdu.Compute", "tosca.nodes.nfv.Vdu.VirtualBlockStorage");
    private static final String SW_IMAGE = "tosca.artifacts.nfv.SwImage";

    private final Context context;

    SwImageChecks(Context context) {
        this.context = context;
    }

    void check(YMap topology) {
        topology.map("node_templates")
                .ifPresent(nodes -> nodes.entries().forEach((name, node) -> {
                    if (node instanceof YMap template && isVdu(template) && !hasImageData(template)) {
                        template.map("artifacts")
                                .flatMap(this::imageArtifact)
                                .ifPresent(artifact ->
                                        report(name, template.map("artifacts").orElseThrow(), artifact));
                    }
                }));
    }

    private boolean isVdu(YMap template) {
        Optional<TypeDef> type =
                template.text("type").flatMap(t -> context.types().find(TypeKind.NODE, t));
        return type.map(t -> VDU_TYPES.stream().anyMatch(base -> context.types().derivesFrom(t, base)))
                .orElse(false);
    }

    private static boolean hasImageData(YMap template) {
        return template.map("properties")
                .flatMap(p -> p.get("sw_image_data"))
                .filter(v -> !(v instanceof YScalar s && s.isNull()))
                .isPresent();
    }

    /** The artifact Tacker takes as the image: the first SwImage, or the first in the short notation. */
    private Optional<String> imageArtifact(YMap artifacts) {
        for (Map.Entry<String, YNode> entry : artifacts.entries().entrySet()) {
            if (entry.getValue() instanceof YScalar scalar && !scalar.isNull()) {
                return Optional.of(entry.getKey());
            }
            if (entry.getValue() instanceof YMap artifact
                    && artifact.get("properties").isEmpty() // SOL001 v3+: the image data are the artifact's properties
                    && artifact.text("type")
                            .flatMap(t -> context.types().find(TypeKind.ARTIFACT, t))
                            .map(t -> context.types().derivesFrom(t, SW_IMAGE))
                            .orElse(false)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    private void report(String vdu, YMap artifacts, String artifact) {
        YNode value = artifacts.entries().get(artifact);
        boolean shortNotation = value instanceof YScalar;
        context.issues()
                .add(
                        IssueCode.TOSCA_SW_IMAGE_DATA_MISSING,
                        artifacts.keyLocation(artifact),
                        value.path(),
                        "The VDU '" + vdu + "' takes its image from the artifact '" + artifact + "'"
                                + (shortNotation ? " (short notation)" : "")
                                + " but neither sw_image_data nor image properties on the artifact; Tacker refuses such a VDU. Add the"
                                + " property sw_image_data"
                                + " (name, version, checksum, container_format, disk_format, min_disk, size)"
                                + (shortNotation
                                        ? " and write the artifact in full: {type: tosca.artifacts.nfv.SwImage, file: …}"
                                        : "")
                                + ".");
    }
}
