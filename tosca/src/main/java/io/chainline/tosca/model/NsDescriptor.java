package io.chainline.tosca.model;

import java.util.List;

/**
 * A network service descriptor: the VNFs it uses, its service access points, the NS virtual links between them and
 * the forwarding graphs that steer traffic through the VNFs.
 */
public record NsDescriptor(
        NsIdentity identity,
        List<VnfProfileRef> vnfs,
        List<ExtCp> saps,
        List<VirtualLink> virtualLinks,
        List<Forwarder> forwarders,
        List<ForwardingGraph> forwardingGraphs,
        List<ExposedRequirement> exposed,
        List<PnfRef> pnfs)
        implements Descriptor {

    /** An NS without PNFs. */
    public NsDescriptor(
            NsIdentity identity,
            List<VnfProfileRef> vnfs,
            List<ExtCp> saps,
            List<VirtualLink> virtualLinks,
            List<Forwarder> forwarders,
            List<ForwardingGraph> forwardingGraphs,
            List<ExposedRequirement> exposed) {
        this(identity, vnfs, saps, virtualLinks, forwarders, forwardingGraphs, exposed, List.of());
    }

    public NsDescriptor withPnfs(List<PnfRef> members) {
        return new NsDescriptor(identity, vnfs, saps, virtualLinks, forwarders, forwardingGraphs, exposed, members);
    }

    public NsDescriptor {
        pnfs = List.copyOf(pnfs);
        vnfs = List.copyOf(vnfs);
        saps = List.copyOf(saps);
        virtualLinks = List.copyOf(virtualLinks);
        forwarders = List.copyOf(forwarders);
        forwardingGraphs = List.copyOf(forwardingGraphs);
        exposed = List.copyOf(exposed);
    }

    /**
     * A {@code tosca.nodes.nfv.Forwarding} node: a VNF's connection point as the NS sees it, which forwarding paths
     * traverse and which may sit on an NS virtual link.
     */
    public record Forwarder(String node, java.util.Optional<String> virtualLink) {}

    @Override
    public String descriptorId() {
        return identity.descriptorId();
    }

    @Override
    public String displayName() {
        return identity.name();
    }

    @Override
    public String version() {
        return identity.version();
    }
}
