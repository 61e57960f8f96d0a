package io.chainline.console.deployment.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.VnfSummary;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.ForwardingPath;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfProfileRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A published chain version with every VNF's descriptor and flavour, and the order traffic goes through them. */
@Component
public class ChainBlueprint {

    /** One network function of the chain: its name on the platforms, its VNF profile, descriptor and flavour. */
    public record Nf(String name, VnfProfileRef profile, VnfDescriptor descriptor, Flavour flavour) {}

    /**
     * @param hops pairs of network function names traffic flows between, in path order
     */
    public record Blueprint(ChainSummary chain, NsDescriptor ns, List<Nf> nfs, List<List<String>> hops) {

        public Optional<Nf> nf(String name) {
            return nfs.stream().filter(n -> n.name().equals(name)).findFirst();
        }

        public List<String> neighbours(String nf) {
            List<String> near = new ArrayList<>();
            for (List<String> hop : hops) {
                if (hop.get(0).equals(nf)) {
                    near.add(hop.get(1));
                } else if (hop.get(1).equals(nf)) {
                    near.add(hop.get(0));
                }
            }
            return near;
        }
    }

    private final ChainService chains;
    private final CatalogService catalog;

    ChainBlueprint(ChainService chains, CatalogService catalog) {
        this.chains = chains;
        this.catalog = catalog;
    }

    /** @param running whether a deployment already runs it: a deprecated version still scales and heals */
    public Blueprint load(UUID chainId, boolean running) {
        ChainService.ChainVersion version = chains.get(chainId);
        DescriptorState state = version.summary().state();
        if (state != DescriptorState.PUBLISHED && !(running && state == DescriptorState.DEPRECATED)) {
            throw new ChainlineException(
                    "DEPLOYMENT-CHAIN-NOT-PUBLISHED",
                    Category.CONFLICT,
                    "Chain " + version.summary().name() + " "
                            + version.summary().nsVersion() + " is "
                            + version.summary().state().name().toLowerCase(Locale.ROOT)
                            + "; only published chain versions are deployed. Publish it first.");
        }
        List<Nf> nfs = new ArrayList<>();
        for (VnfProfileRef profile : version.descriptor().vnfs()) {
            nfs.add(nf(profile));
        }
        return new Blueprint(version.summary(), version.descriptor(), nfs, hops(version.descriptor()));
    }

    private Nf nf(VnfProfileRef profile) {
        VnfSummary summary = catalog.findByDescriptorId(profile.descriptorId())
                .orElseThrow(() -> new ChainlineException(
                        "DEPLOYMENT-VNF-MISSING",
                        Category.CONFLICT,
                        "VNF " + profile.node() + " uses descriptor " + profile.descriptorId()
                                + ", which is no longer in the catalog; restore it or publish a chain without it."));
        VnfDescriptor descriptor = catalog.get(summary.id()).descriptor();
        Flavour flavour = descriptor.flavours().stream()
                .filter(f -> f.id().equals(profile.flavourId()))
                .findFirst()
                .or(() -> descriptor.flavours().stream().findFirst())
                .orElseThrow(() -> new ChainlineException(
                        "DEPLOYMENT-VNF-NO-FLAVOUR",
                        Category.CONFLICT,
                        "VNF " + profile.node() + " (" + descriptor.displayName() + ") has no deployment flavour."));
        return new Nf(Names.dns(profile.node()), profile, descriptor, flavour);
    }

    /** Consecutive network functions along every forwarding path: who sends traffic to whom. */
    static List<List<String>> hops(NsDescriptor ns) {
        Map<String, String> owner = new HashMap<>();
        for (VnfProfileRef vnf : ns.vnfs()) {
            vnf.virtualLinks().values().forEach(point -> owner.putIfAbsent(point, Names.dns(vnf.node())));
        }
        List<List<String>> hops = new ArrayList<>();
        ns.forwardingGraphs()
                .forEach(g -> g.paths().forEach(path -> {
                    List<String> visited = new ArrayList<>();
                    for (ForwardingPath.Position position : path.positions()) {
                        position.elements().stream()
                                .flatMap(e -> e.profileElements().stream())
                                .map(owner::get)
                                .filter(java.util.Objects::nonNull)
                                .filter(nf ->
                                        visited.isEmpty() || !visited.getLast().equals(nf))
                                .forEach(visited::add);
                    }
                    for (int i = 1; i < visited.size(); i++) {
                        List<String> hop = List.of(visited.get(i - 1), visited.get(i));
                        if (!hops.contains(hop)) {
                            hops.add(hop);
                        }
                    }
                }));
        return hops;
    }
}
