package io.chainline.tosca.sol001;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import io.chainline.tosca.model.ComputeVdu;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.Descriptor;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.PnfDescriptor;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.SwImage;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VnfDescriptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a descriptor as SOL001 YAML of the chosen edition. What the edition cannot express is an
 * {@code EXPORT-UNSUPPORTED} issue, never a silently dropped part: SOL001 v2.6.1 has neither container VDUs nor NSDs.
 */
public final class Sol001Writer {

    /** @param files path to YAML text; {@code entry} is among them */
    public record Written(String entry, Map<String, String> files) {
        public Written {
            files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
        }
    }

    public Optional<Written> write(Descriptor descriptor, Sol001Edition edition, Issues issues) {
        if (!supported(descriptor, edition, issues)) {
            return Optional.empty();
        }
        String base = Names.safe(descriptor.displayName().isEmpty() ? "descriptor" : descriptor.displayName());
        return Optional.of(
                switch (descriptor) {
                    case VnfDescriptor vnf -> {
                        Map<String, String> files = new VnfWriter(edition).write(vnf, base);
                        yield new Written(files.keySet().iterator().next(), files);
                    }
                    case NsDescriptor ns ->
                        new Written(base + ".yaml", Map.of(base + ".yaml", new NsWriter(edition).write(ns)));
                    case PnfDescriptor pnf ->
                        new Written(base + ".yaml", Map.of(base + ".yaml", new PnfWriter(edition).write(pnf)));
                });
    }

    /** Every image of the flavour, by the node that carries it. */
    static Map<String, SwImage> images(Flavour flavour) {
        Map<String, SwImage> images = new LinkedHashMap<>();
        for (Vdu vdu : flavour.vdus()) {
            switch (vdu) {
                case ComputeVdu compute -> compute.image().ifPresent(i -> images.put(compute.node(), i));
                case ContainerVdu unit ->
                    unit.containers().forEach(c -> c.image().ifPresent(i -> images.put(c.node(), i)));
            }
        }
        flavour.storages().forEach(s -> s.image().ifPresent(i -> images.put(s.node(), i)));
        return images;
    }

    /** The images of VMs and volumes: the ones SOL001 v2.6.1 can carry. */
    private static Map<String, SwImage> vmImages(Flavour flavour) {
        Map<String, SwImage> images = new LinkedHashMap<>();
        flavour.vdus().stream()
                .filter(ComputeVdu.class::isInstance)
                .map(ComputeVdu.class::cast)
                .forEach(c -> c.image().ifPresent(i -> images.put(c.node(), i)));
        flavour.storages().forEach(s -> s.image().ifPresent(i -> images.put(s.node(), i)));
        return images;
    }

    /**
     * The package files a descriptor's artifacts name (relative to its definitions), which a CSAR of it must hold:
     * the images that name a file. Images known by reference only live in a registry or the VIM.
     */
    public static List<String> packagedFiles(Descriptor descriptor) {
        if (!(descriptor instanceof VnfDescriptor vnf)) {
            return List.of();
        }
        java.util.TreeSet<String> files = new java.util.TreeSet<>();
        vnf.flavours()
                .forEach(f -> images(f).values().stream()
                        .map(VduWriter::artifactFile)
                        .filter(file -> !file.contains("://"))
                        .forEach(files::add));
        return List.copyOf(files);
    }

    private static List<String> missingForV2(SwImage image) {
        List<String> missing = new java.util.ArrayList<>();
        if (image.checksum().isEmpty()) {
            missing.add("checksum");
        }
        if (image.diskFormat().isEmpty()) {
            missing.add("disk_format");
        }
        if (image.minDiskBytes().isEmpty()) {
            missing.add("min_disk");
        }
        if (image.sizeBytes().isEmpty()) {
            missing.add("size");
        }
        return missing;
    }

    /**
     * NSDs and PNFDs in v2.6.1: refused. SOL001 v2.6.1 has such types, but not in the set the engine bundles (Tacker's),
     * so what it wrote would import type files nothing here can read back.
     */
    private static boolean notAVnfInV2(Descriptor descriptor, Issues issues, String fix) {
        String message = descriptor instanceof PnfDescriptor
                ? "Chainline has no SOL001 v2.6.1 PNFD types to write a PNFD against."
                : "SOL001 v2.6.1 defines no NSD types.";
        issues.add(IssueCode.EXPORT_UNSUPPORTED, "", "", message + fix);
        return false;
    }

    private static boolean supported(Descriptor descriptor, Sol001Edition edition, Issues issues) {
        if (edition != Sol001Edition.V2_6_1) {
            return true;
        }
        String fix = " Export as SOL001 " + Sol001Edition.DEFAULT.version() + " instead.";
        if (!(descriptor instanceof VnfDescriptor vnf)) {
            return notAVnfInV2(descriptor, issues, fix);
        }
        boolean ok = true;
        for (var flavour : vnf.flavours()) {
            for (var image : vmImages(flavour).entrySet()) {
                List<String> missing = missingForV2(image.getValue());
                if (!missing.isEmpty()) {
                    issues.add(
                            IssueCode.EXPORT_UNSUPPORTED,
                            "",
                            "flavours." + flavour.id() + "." + image.getKey() + ".image",
                            "The image of " + image.getKey() + " has no " + String.join(", ", missing)
                                    + ", which SOL001 v2.6.1 requires (sw_image_data). Add them, or"
                                    + fix.substring(1));
                    ok = false;
                }
            }
            for (var vdu : flavour.vdus()) {
                if (vdu instanceof ContainerVdu) {
                    issues.add(
                            IssueCode.EXPORT_UNSUPPORTED,
                            "",
                            "flavours." + flavour.id() + ".vdus." + vdu.node(),
                            "VDU " + vdu.node() + " is a container VDU (OsContainerDeployableUnit), which SOL001"
                                    + " v2.6.1 does not have." + fix);
                    ok = false;
                }
            }
        }
        return ok;
    }
}
