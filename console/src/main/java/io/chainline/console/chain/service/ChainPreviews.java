package io.chainline.console.chain.service;

import io.chainline.tosca.model.ForwardingPath;
import io.chainline.tosca.model.NsDescriptor;
import java.util.List;

/**
 * The chain editor's edits that can take parts with them, worked out before they are applied so the editor can say
 * what goes ({@link EditPreview#alsoRemoved()}) and ask first. Each names the part the user chose; anything else the
 * edit would remove is listed.
 */
public final class ChainPreviews {

    private ChainPreviews() {}

    public static EditPreview removeVnf(NsDescriptor ns, String node) {
        return EditPreview.between(ns, ChainEdits.removeVnf(ns, node), List.of(Consequences.vnf(node)));
    }

    public static EditPreview removeLink(NsDescriptor ns, String link) {
        return EditPreview.between(ns, ChainEdits.removeLink(ns, link), List.of(Consequences.link(link)));
    }

    public static EditPreview disconnect(NsDescriptor ns, String vnf, String requirement) {
        return EditPreview.between(
                ns, ChainEdits.disconnect(ns, vnf, requirement), List.of(Consequences.connection(vnf, requirement)));
    }

    /** Connecting or re-pointing: normally nothing goes; listed when it would (a requirement wired to a link). */
    public static EditPreview connect(NsDescriptor ns, String vnf, String requirement, String link) {
        return EditPreview.between(ns, ChainEdits.connect(ns, vnf, requirement, link), List.of());
    }

    public static EditPreview removePnf(NsDescriptor ns, String node) {
        return EditPreview.between(ns, PnfEdits.removePnf(ns, node), List.of("PNF " + node));
    }

    public static EditPreview disconnectPnf(NsDescriptor ns, String pnf, String extCp) {
        return EditPreview.between(ns, PnfEdits.disconnect(ns, pnf, extCp), List.of());
    }

    public static EditPreview connectPnf(NsDescriptor ns, String pnf, String extCp, String link) {
        return EditPreview.between(ns, PnfEdits.connect(ns, pnf, extCp, link), List.of());
    }

    public static EditPreview removeHop(NsDescriptor ns, int index) {
        ForwardingPath path = ChainPaths.path(ns);
        String hop = Consequences.hop(ns, path.node(), index, path.positions().get(index));
        return EditPreview.between(ns, ChainPaths.removeHop(ns, index), List.of(hop));
    }
}
