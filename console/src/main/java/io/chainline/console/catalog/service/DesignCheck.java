package io.chainline.console.catalog.service;

import io.chainline.connector.api.Architecture;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.SwImage;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VduExtensions;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Everything wrong with a design: the catalog's own rules (identity complete, architectures known, images pinned)
 * and every issue the TOSCA engine finds in the SOL001 the design exports to, with the node it concerns.
 */
@Component
public class DesignCheck {

    private final ToscaEngines engines;

    DesignCheck(ToscaEngines engines) {
        this.engines = engines;
    }

    public List<DesignIssue> check(VnfDescriptor descriptor) {
        List<DesignIssue> issues = new ArrayList<>(identity(descriptor.identity()));
        if (descriptor.flavours().isEmpty()) {
            issues.add(new DesignIssue(
                    "CATALOG-NO-FLAVOUR", true, "", "flavours", "Add a deployment flavour with at least one VDU."));
        }
        for (Flavour flavour : descriptor.flavours()) {
            if (flavour.vdus().isEmpty()) {
                issues.add(new DesignIssue(
                        "CATALOG-NO-VDU",
                        true,
                        "",
                        "flavours." + flavour.id(),
                        "Add at least one VDU to flavour " + flavour.id() + "."));
            }
            flavour.vdus().forEach(vdu -> issues.addAll(vduRules(vdu)));
        }
        engines.engine().export(descriptor, Sol001Edition.DEFAULT).report().issues().stream()
                .filter(i -> i.severity() != io.chainline.tosca.issue.Severity.INFO)
                .map(DesignIssue::of)
                .forEach(issues::add);
        return issues;
    }

    /** Every issue and whether they allow publishing: the one rule the designer and the catalog apply. */
    public Publishability publishability(VnfDescriptor descriptor) {
        return new Publishability(check(descriptor));
    }

    private static List<DesignIssue> identity(VnfIdentity identity) {
        List<DesignIssue> issues = new ArrayList<>();
        Map<String, Function<VnfIdentity, String>> required = new java.util.LinkedHashMap<>();
        required.put("provider", VnfIdentity::provider);
        required.put("product_name", VnfIdentity::productName);
        required.put("software_version", VnfIdentity::softwareVersion);
        required.put("descriptor_id", VnfIdentity::descriptorId);
        required.put("descriptor_version", VnfIdentity::descriptorVersion);
        required.forEach((field, value) -> {
            if (value.apply(identity).isBlank()) {
                issues.add(new DesignIssue(
                        "CATALOG-IDENTITY-MISSING",
                        true,
                        "",
                        "identity." + field,
                        "Give the VNF's " + field.replace('_', ' ') + "; SOL001 requires it."));
            }
        });
        return issues;
    }

    private static List<DesignIssue> vduRules(Vdu vdu) {
        List<DesignIssue> issues = new ArrayList<>(architectureRules(vdu));
        VduExtensions ext = vdu.extensions();
        if (ext.isolation() == VduExtensions.Isolation.SANDBOXED
                && ext.runtimeClass().isEmpty()) {
            issues.add(new DesignIssue(
                    "CATALOG-RUNTIME-CLASS-MISSING",
                    true,
                    vdu.node(),
                    "vdus." + vdu.node() + ".runtimeClass",
                    "A sandboxed VDU runs in a Kata VM chosen by a Kubernetes RuntimeClass; name it (e.g."
                            + " kata-qemu)."));
        }
        if (vdu instanceof ContainerVdu unit) {
            issues.addAll(containerRules(unit));
        }
        return issues;
    }

    private static List<DesignIssue> architectureRules(Vdu vdu) {
        List<DesignIssue> issues = new ArrayList<>();
        for (String arch : vdu.extensions().architectures()) {
            if (Architecture.parse(arch).isEmpty()) {
                issues.add(new DesignIssue(
                        "CATALOG-ARCH-UNKNOWN",
                        true,
                        vdu.node(),
                        "vdus." + vdu.node() + ".architectures",
                        "'" + arch + "' is no CPU architecture Chainline knows; use amd64, arm64, arm, ppc64le or"
                                + " s390x."));
            }
        }
        return issues;
    }

    private static List<DesignIssue> containerRules(ContainerVdu unit) {
        List<DesignIssue> issues = new ArrayList<>();
        if (unit.containers().isEmpty()) {
            issues.add(new DesignIssue(
                    "CATALOG-NO-CONTAINER",
                    true,
                    unit.node(),
                    "vdus." + unit.node() + ".containers",
                    "Add at least one container to " + unit.node() + "."));
        }
        unit.containers().forEach(c -> {
            if (c.image().map(SwImage::name).filter(n -> !n.isBlank()).isEmpty()) {
                issues.add(new DesignIssue(
                        "CATALOG-IMAGE-MISSING",
                        true,
                        c.node(),
                        "vdus." + unit.node() + ".containers." + c.node() + ".image",
                        "Container " + c.node() + " has no image; enter its reference (registry/repository:tag)"
                                + " and resolve it."));
            } else if (c.image().flatMap(SwImage::checksum).isEmpty()) {
                issues.add(new DesignIssue(
                        "CATALOG-IMAGE-UNRESOLVED",
                        false,
                        c.node(),
                        "vdus." + unit.node() + ".containers." + c.node() + ".image",
                        "The image of " + c.node() + " is not pinned to a digest yet; resolve it so what runs is"
                                + " exactly what was published."));
            }
        });
        return issues;
    }
}
