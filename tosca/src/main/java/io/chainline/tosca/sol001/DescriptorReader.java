package io.chainline.tosca.sol001;

import io.chainline.tosca.issue.Issues;
import io.chainline.tosca.model.Descriptor;
import io.chainline.tosca.template.LoadedTemplate;
import io.chainline.tosca.template.SourceFile;
import io.chainline.tosca.template.ToscaVersion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Maps a loaded, validated template into the descriptor model: an NSD when its entry topology has NS parts (NS,
 * NsVirtualLink, Sap, VNFFG), else a PNFD when it has a PNF, else a VNFD when it has a VNF or VDUs. Type-only files and generic TOSCA give nothing.
 * Tacker's legacy VNFFG descriptors map into the NSD model; its legacy NSDs are validated but not mapped. A legacy
 * VNFD's conversion is reported as warnings (TackerConversionReport) by {@link #read(LoadedTemplate, Issues)}.
 */
public final class DescriptorReader {

    private final VnfReader vnfs = new VnfReader();
    private final NsReader nss = new NsReader();
    private final LegacyVnffgReader legacyVnffgs = new LegacyVnffgReader();
    private final PnfReader pnfs = new PnfReader();

    /**
     * As {@link #read(LoadedTemplate)}, with the identity rule ({@link IdentityRule}): a VNFD or NSD whose identity
     * cannot be found gives no model and a {@code DESCRIPTOR-IDENTITY-MISSING} error instead.
     */
    public Optional<Descriptor> read(LoadedTemplate template, Issues issues) {
        Optional<Descriptor> read = read(template);
        boolean legacy = template.entry()
                .version()
                .filter(v -> v == ToscaVersion.NFV_PROFILE_1_0_0)
                .isPresent();
        List<String> missing = read.map(d -> IdentityRule.missing(d, legacy)).orElse(List.of());
        if (missing.isEmpty()) {
            if (legacy && read.isPresent() && read.get() instanceof io.chainline.tosca.model.VnfDescriptor vnf) {
                TackerConversionReport.report(
                        topologies(template), vnf, template.entry().root(), issues);
            }
            return read;
        }
        boolean vnf = read.get() instanceof io.chainline.tosca.model.VnfDescriptor;
        List<Node> looked = vnf
                ? VnfReader.identityNodes(topologies(template))
                : Topology.of(template.entry(), template.types()).flatMap(NsReader::identityNode).stream()
                        .toList();
        IdentityRule.report(
                issues,
                vnf ? "VNFD" : "NSD",
                missing,
                looked,
                legacy,
                template.entry().root().location());
        return Optional.empty();
    }

    public Optional<Descriptor> read(LoadedTemplate template) {
        List<Topology> topologies = topologies(template);
        Optional<Topology> entry = Topology.of(template.entry(), template.types());
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        if (isNs(entry.get())) {
            boolean legacy = template.entry()
                    .version()
                    .filter(v -> v == ToscaVersion.NFV_PROFILE_1_0_0)
                    .isPresent();
            if (!legacy) {
                return Optional.of(nss.read(entry.get()));
            }
            return LegacyVnffgReader.applies(entry.get())
                    ? Optional.of(legacyVnffgs.read(
                            entry.get(),
                            template.entry().root().map("metadata").flatMap(m -> m.text("template_name")),
                            template.entry().root().text("description")))
                    : Optional.empty();
        }
        if (PnfReader.isPnfd(entry.get())) {
            return Optional.of(pnfs.read(entry.get()));
        }
        Optional<String> templateName = template.entry().root().map("metadata").flatMap(m -> m.text("template_name"));
        return vnfs.read(topologies, templateName).map(Descriptor.class::cast);
    }

    private static boolean isNs(Topology topology) {
        return !topology.nodesOf(NfvTypes.NS).isEmpty()
                || !topology.nodesOf(NfvTypes.NS_VL).isEmpty()
                || !topology.nodesOf(NfvTypes.SAP).isEmpty()
                || topology.groups().stream().anyMatch(g -> g.is(NfvTypes.VNFFG));
    }

    /** The template's own files with a topology, imports first, each once. */
    private static List<Topology> topologies(LoadedTemplate template) {
        LinkedHashSet<SourceFile> files = new LinkedHashSet<>();
        template.files().stream().filter(f -> !f.bundled()).forEach(files::add);
        files.add(template.entry());
        List<Topology> topologies = new ArrayList<>();
        for (SourceFile file : files) {
            Topology.of(file, template.types()).ifPresent(topologies::add);
        }
        return topologies;
    }
}
