package io.chainline.tosca.sol001;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import io.chainline.tosca.issue.Location;
import io.chainline.tosca.yaml.YMap;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How a legacy VDU's size was found ({@link TackerCompute}), said where the VDU names its flavour: assumed from a
 * default flavour's name, unknown, or nfv_compute disagreeing with the flavour. Never a silent 0.
 */
final class TackerFlavourFindings {

    private final Issues issues;

    TackerFlavourFindings(Issues issues) {
        this.issues = issues;
    }

    void report(Node vdu) {
        if (vdu.at("vnfcs").isPresent()) {
            return; // containers, sized per container
        }
        TackerCompute.Sizing sizing = TackerCompute.of(vdu);
        switch (sizing.source()) {
            case FLAVOUR -> assumed(vdu, sizing);
            case UNKNOWN -> unknown(vdu, sizing);
            case NFV_COMPUTE -> bothGiven(vdu, sizing);
        }
    }

    private void assumed(Node vdu, TackerCompute.Sizing sizing) {
        String flavour = sizing.flavour().orElseThrow();
        TackerCompute.Size size = sizing.size();
        String disk = vdu.text("image").isPresent()
                ? " (the root disk as its image's min_disk)"
                : "; the root disk is not carried: the model keeps it as the image's min_disk, and this VDU names"
                        + " no image";
        issues.add(
                IssueCode.TACKER_FLAVOR_ASSUMED,
                where(vdu),
                path(vdu),
                vdu.name() + " has no nfv_compute, so its size was assumed from its flavour's name: OpenStack's"
                        + " default " + flavour + " is " + size.describe() + disk + ". The target cloud's " + flavour
                        + " may differ: check it, or set the sizes in the designer.");
    }

    private void unknown(Node vdu, TackerCompute.Sizing sizing) {
        String why = sizing.flavour()
                .map(f -> vdu.name() + "'s flavour '" + f + "' is not one of OpenStack's default flavours ("
                        + String.join(", ", new TreeSet<>(TackerCompute.DEFAULT_FLAVOURS.keySet()))
                        + ") and it has no nfv_compute")
                .orElseGet(() -> assigned(vdu).isPresent()
                        ? vdu.name() + "'s flavor comes from an input without a default and it has no nfv_compute"
                        : vdu.name() + " has neither a flavor nor nfv_compute");
        issues.add(
                IssueCode.TACKER_FLAVOR_UNKNOWN,
                where(vdu),
                path(vdu),
                why + ": its vCPUs, memory and disk are unknown and were left at 0. Set them in the designer before"
                        + " deploying it.");
    }

    private void bothGiven(Node vdu, TackerCompute.Sizing sizing) {
        if (sizing.flavour().isEmpty()) {
            return;
        }
        String flavour = sizing.flavour().get();
        if (sizing.flavourSize().isEmpty()) {
            issues.add(
                    IssueCode.TACKER_LEGACY_DROPPED,
                    where(vdu),
                    path(vdu),
                    "Tacker's flavor '" + flavour + "' of " + vdu.name() + " is not carried into the SOL001"
                            + " descriptor: its size is nfv_compute's, "
                            + sizing.size().describe() + ".");
        } else if (disagree(sizing.size(), sizing.flavourSize().get())) {
            issues.add(
                    IssueCode.TACKER_FLAVOR_CONFLICT,
                    where(vdu),
                    path(vdu),
                    vdu.name() + " names the flavour " + flavour + " (by default "
                            + sizing.flavourSize().get().describe() + ") and its nfv_compute says "
                            + sizing.size().describe() + ": the"
                            + " model takes nfv_compute's sizes. Tacker itself boots the named flavour when both"
                            + " are given: check which size the VNF needs and set it in the designer.");
        }
    }

    private static boolean disagree(TackerCompute.Size compute, TackerCompute.Size flavour) {
        boolean disk = compute.diskBytes().isPresent() && !compute.diskBytes().equals(flavour.diskBytes());
        return compute.cpus() != flavour.cpus() || compute.memoryBytes() != flavour.memoryBytes() || disk;
    }

    private static Optional<YMap> assigned(Node vdu) {
        return vdu.definition().map("properties").filter(p -> p.get("flavor").isPresent());
    }

    /** The flavor property when the VDU names one, else the VDU itself. */
    private static Location where(Node vdu) {
        return assigned(vdu)
                .map(p -> p.keyLocation("flavor"))
                .orElse(vdu.definition().location());
    }

    private static String path(Node vdu) {
        return assigned(vdu)
                .map(p -> p.path() + ".flavor")
                .orElse(vdu.definition().path());
    }
}
