package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.deployment.service.DesiredState;
import io.chainline.console.nfvo.domain.NsdInfo;
import io.chainline.console.nfvo.domain.OnboardingState;
import io.chainline.console.nfvo.domain.VnfPackage;
import io.chainline.console.nfvo.domain.VnfPackageRepository;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.VnfProfileRef;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The VNF instances of an instantiated NS as SOL005's VnfInstance shows them: each network function the deployment
 * runs, with the identity of its VNFD and the id of the onboarded VNF package it came from (all mandatory in SOL005).
 */
@Component
class NsVnfInstances {

    private final ChainService chains;
    private final VnfPackageRepository packages;

    NsVnfInstances(ChainService chains, VnfPackageRepository packages) {
        this.chains = chains;
        this.packages = packages;
    }

    List<Sol005Views.VnfInstanceView> of(NsdInfo nsd, DesiredState desired) {
        Map<String, VnfProfileRef> profiles = profiles(nsd);
        return of(profiles, onboarded(profiles.values()), desired);
    }

    /** What {@link #of} needs for a page of NS instances, read at once: their chain versions, then their packages. */
    final class Page {
        private final Map<UUID, NsDescriptor> descriptors;
        private final Map<String, VnfPackage> byVnfd;

        private Page(Collection<NsdInfo> nsds) {
            List<UUID> chainIds = nsds.stream()
                    .flatMap(n -> n.getNsd().map(NsdInfo.Nsd::chainId).stream())
                    .distinct()
                    .toList();
            descriptors = chainIds.isEmpty() ? Map.of() : chains.descriptors(chainIds);
            byVnfd = onboarded(descriptors.values().stream()
                    .flatMap(d -> d.vnfs().stream())
                    .toList());
        }

        List<Sol005Views.VnfInstanceView> of(NsdInfo nsd, DesiredState desired) {
            Map<String, VnfProfileRef> profiles = nsd.getNsd()
                    .map(n -> descriptors.get(n.chainId()))
                    .map(NsVnfInstances::byNode)
                    .orElse(Map.of());
            return NsVnfInstances.of(profiles, byVnfd, desired);
        }
    }

    Page page(Collection<NsdInfo> nsds) {
        return new Page(nsds);
    }

    private Map<String, VnfPackage> onboarded(Collection<VnfProfileRef> profiles) {
        List<String> vnfdIds =
                profiles.stream().map(VnfProfileRef::descriptorId).distinct().toList();
        if (vnfdIds.isEmpty()) {
            return Map.of();
        }
        return packages.findByVnfdIdIn(vnfdIds).stream()
                .filter(p -> p.getOnboardingState() == OnboardingState.ONBOARDED
                        && p.getVnfd().isPresent())
                .collect(Collectors.toMap(p -> p.getVnfd().orElseThrow().vnfdId(), Function.identity(), (a, b) -> a));
    }

    private static List<Sol005Views.VnfInstanceView> of(
            Map<String, VnfProfileRef> profiles, Map<String, VnfPackage> byVnfd, DesiredState desired) {
        Map<String, List<DesiredState.PlacedVdu>> byNf = desired.placements().stream()
                .collect(Collectors.groupingBy(DesiredState.PlacedVdu::nf, LinkedHashMap::new, Collectors.toList()));
        return byNf.entrySet().stream()
                .map(e -> view(
                        e.getKey(),
                        Optional.ofNullable(profiles.get(e.getKey())).map(p -> byVnfd.get(p.descriptorId())),
                        e.getValue()))
                .toList();
    }

    private static Map<String, VnfProfileRef> byNode(NsDescriptor descriptor) {
        return descriptor.vnfs().stream()
                .collect(Collectors.toMap(VnfProfileRef::node, Function.identity(), (a, b) -> a));
    }

    /**
     * A network function whose package is gone (deleted after the NS was instantiated) still shows, with its node
     * name for the VNFD it no longer can name: SOL005 makes the attributes mandatory, not their source.
     */
    private static Sol005Views.VnfInstanceView view(
            String nf, Optional<VnfPackage> pkg, List<DesiredState.PlacedVdu> placements) {
        Optional<VnfPackage.Vnfd> vnfd = pkg.flatMap(VnfPackage::getVnfd);
        return new Sol005Views.VnfInstanceView(
                nf,
                vnfd.map(VnfPackage.Vnfd::vnfdId).orElse(nf),
                vnfd.map(VnfPackage.Vnfd::provider).orElse(""),
                vnfd.map(VnfPackage.Vnfd::productName).orElse(nf),
                vnfd.map(VnfPackage.Vnfd::softwareVersion).orElse(""),
                vnfd.map(VnfPackage.Vnfd::version).orElse(""),
                pkg.map(p -> p.getId().toString()).orElse(""),
                "INSTANTIATED",
                placements.stream()
                        .map(DesiredState.PlacedVdu::targetName)
                        .distinct()
                        .toList());
    }

    /** The NSD's VNF profiles by node name; none when its chain version is gone. */
    private Map<String, VnfProfileRef> profiles(NsdInfo nsd) {
        Optional<NsdInfo.Nsd> onboarded = nsd.getNsd();
        if (onboarded.isEmpty()) {
            return Map.of();
        }
        try {
            return byNode(chains.get(onboarded.get().chainId()).descriptor());
        } catch (ChainlineException e) {
            if (e.category() != Category.NOT_FOUND) {
                throw e;
            }
            return Map.of();
        }
    }
}
