package io.chainline.console.catalog.service;

import io.chainline.console.catalog.service.DesignPart.Kind;
import io.chainline.console.catalog.service.VnfEdits.Result;
import io.chainline.tosca.model.CpAddressing;
import io.chainline.tosca.model.ExposedRequirement;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.L3Data;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The designer's edits on virtual links and connection points, pure functions as in {@link VnfEdits}. */
public final class LinkEdits {

    private LinkEdits() {}

    public static Result addVl(VnfDescriptor d, VirtualLink link) {
        FlavourDraft f = FlavourDraft.of(d);
        if (VnfEdits.nodeNames(f.build()).contains(link.node())) {
            return Result.of(d);
        }
        f.links.add(link);
        return Result.of(f.into(d));
    }

    /**
     * Removes a virtual link: the connection points on it stay, unlinked; external connection points that expose it
     * go, with the requirements that named them.
     */
    public static Result removeVl(VnfDescriptor d, String node) {
        FlavourDraft f = FlavourDraft.of(d);
        if (!f.links.removeIf(l -> l.node().equals(node))) {
            return Result.of(d);
        }
        List<DesignPart> removed = new ArrayList<>(List.of(DesignPart.of(Kind.VIRTUAL_LINK, node)));
        f.cps.replaceAll(cp -> {
            if (!cp.virtualLink().equals(Optional.of(node))) {
                return cp;
            }
            removed.add(new DesignPart(Kind.CP_LINK, cp.node(), node));
            return new VduCp(cp.node(), cp.layerProtocols(), cp.vdu(), Optional.empty(), cp.order(), cp.addressing());
        });
        for (ExtCp ext : List.copyOf(f.extCps)) {
            if (ext.internalVirtualLink().equals(Optional.of(node))) {
                f.extCps.remove(ext);
                removed.add(DesignPart.of(Kind.EXTERNAL_CP, ext.node()));
                for (ExposedRequirement req : List.copyOf(f.exposed)) {
                    if (req.node().equals(ext.node())) {
                        f.exposed.remove(req);
                        removed.add(DesignPart.of(Kind.EXPOSED, req.name()));
                    }
                }
            }
        }
        return new Result(f.into(d), removed);
    }

    public static Result renameVl(VnfDescriptor d, String from, String to) {
        FlavourDraft f = FlavourDraft.of(d);
        int index = indexOf(f.links.stream().map(VirtualLink::node).toList(), from);
        if (index < 0
                || !VnfEdits.validName(to)
                || VnfEdits.nodeNames(f.build()).contains(to)) {
            return Result.of(d);
        }
        VirtualLink l = f.links.get(index);
        f.links.set(
                index,
                new VirtualLink(
                        to,
                        l.description(),
                        l.layerProtocols(),
                        l.flowPattern(),
                        l.maxBitrate(),
                        l.minBitrate(),
                        l.l3()));
        f.cps.replaceAll(cp -> cp.virtualLink().equals(Optional.of(from))
                ? new VduCp(cp.node(), cp.layerProtocols(), cp.vdu(), Optional.of(to), cp.order(), cp.addressing())
                : cp);
        f.extCps.replaceAll(e -> e.internalVirtualLink().equals(Optional.of(from))
                ? new ExtCp(e.node(), e.layerProtocols(), Optional.of(to), e.addressing())
                : e);
        return Result.of(f.into(d));
    }

    /** Changes a link's protocols or bitrates; its node name stays (see {@link #renameVl}). */
    public static Result updateVl(VnfDescriptor d, String node, UnaryOperator<VirtualLink> change) {
        FlavourDraft f = FlavourDraft.of(d);
        int index = indexOf(f.links.stream().map(VirtualLink::node).toList(), node);
        if (index < 0) {
            return Result.of(d);
        }
        VirtualLink changed = change.apply(f.links.get(index));
        if (!changed.node().equals(node)) {
            return Result.of(d);
        }
        f.links.set(index, changed);
        return Result.of(f.into(d));
    }

    public static Result addCp(VnfDescriptor d, VduCp cp) {
        FlavourDraft f = FlavourDraft.of(d);
        if (VnfEdits.nodeNames(f.build()).contains(cp.node())) {
            return Result.of(d);
        }
        f.cps.add(cp);
        return Result.of(f.into(d));
    }

    public static Result removeCp(VnfDescriptor d, String node) {
        FlavourDraft f = FlavourDraft.of(d);
        List<DesignPart> removed = removeCpFrom(f, node);
        return removed.isEmpty() ? Result.of(d) : new Result(f.into(d), removed);
    }

    static List<DesignPart> removeCpFrom(FlavourDraft f, String node) {
        List<DesignPart> removed = new ArrayList<>();
        for (VduCp cp : List.copyOf(f.cps)) {
            if (cp.node().equals(node)) {
                f.cps.remove(cp);
                removed.add(DesignPart.of(Kind.CONNECTION_POINT, node));
                cp.virtualLink().ifPresent(l -> removed.add(new DesignPart(Kind.CP_LINK, node, l)));
                cp.vdu().ifPresent(v -> removed.add(new DesignPart(Kind.CP_BINDING, node, v)));
            }
        }
        return removed;
    }

    public static Result renameCp(VnfDescriptor d, String from, String to) {
        FlavourDraft f = FlavourDraft.of(d);
        int index = indexOf(f.cps.stream().map(VduCp::node).toList(), from);
        if (index < 0
                || !VnfEdits.validName(to)
                || VnfEdits.nodeNames(f.build()).contains(to)) {
            return Result.of(d);
        }
        VduCp cp = f.cps.get(index);
        f.cps.set(index, new VduCp(to, cp.layerProtocols(), cp.vdu(), cp.virtualLink(), cp.order(), cp.addressing()));
        return Result.of(f.into(d));
    }

    /** Links a connection point to a virtual link of the flavour, or to none; a link it had before is named. */
    public static Result connectCp(VnfDescriptor d, String cp, Optional<String> link) {
        FlavourDraft f = FlavourDraft.of(d);
        int index = indexOf(f.cps.stream().map(VduCp::node).toList(), cp);
        boolean known = link.map(l -> f.links.stream().anyMatch(x -> x.node().equals(l)))
                .orElse(true);
        if (index < 0 || !known) {
            return Result.of(d);
        }
        VduCp before = f.cps.get(index);
        f.cps.set(
                index, new VduCp(cp, before.layerProtocols(), before.vdu(), link, before.order(), before.addressing()));
        List<DesignPart> removed = before.virtualLink()
                .filter(l -> !Optional.of(l).equals(link))
                .map(l -> List.of(new DesignPart(Kind.CP_LINK, cp, l)))
                .orElse(List.of());
        return new Result(f.into(d), removed);
    }

    /** Sets a link's subnet, as typed (see {@link Subnets}); empty: Chainline allocates one at deploy time. */
    public static Result setSubnet(VnfDescriptor d, String node, Optional<L3Data> l3) {
        return updateVl(d, node, l -> l.withL3(l3));
    }

    /** Sets how a connection point gets its addresses and whether it is the management interface. */
    public static Result setAddressing(VnfDescriptor d, String cp, Optional<CpAddressing> addressing) {
        FlavourDraft f = FlavourDraft.of(d);
        int index = indexOf(f.cps.stream().map(VduCp::node).toList(), cp);
        if (index < 0) {
            return Result.of(d);
        }
        f.cps.set(index, f.cps.get(index).withAddressing(addressing));
        return Result.of(f.into(d));
    }

    /** Binds a connection point to a VDU of the flavour, or to none; a binding it had before is named. */
    public static Result bindCp(VnfDescriptor d, String cp, Optional<String> vdu) {
        FlavourDraft f = FlavourDraft.of(d);
        int index = indexOf(f.cps.stream().map(VduCp::node).toList(), cp);
        if (index < 0 || vdu.map(v -> f.vdu(v).isEmpty()).orElse(false)) {
            return Result.of(d);
        }
        VduCp before = f.cps.get(index);
        f.cps.set(
                index,
                new VduCp(cp, before.layerProtocols(), vdu, before.virtualLink(), before.order(), before.addressing()));
        List<DesignPart> removed = before.vdu()
                .filter(v -> !Optional.of(v).equals(vdu))
                .map(v -> List.of(new DesignPart(Kind.CP_BINDING, cp, v)))
                .orElse(List.of());
        return new Result(f.into(d), removed);
    }

    static void renameVduReferences(FlavourDraft f, String from, String to) {
        f.cps.replaceAll(cp -> cp.vdu().equals(Optional.of(from))
                ? new VduCp(
                        cp.node(), cp.layerProtocols(), Optional.of(to), cp.virtualLink(), cp.order(), cp.addressing())
                : cp);
    }

    static int indexOf(List<String> names, String name) {
        return names.indexOf(name);
    }
}
