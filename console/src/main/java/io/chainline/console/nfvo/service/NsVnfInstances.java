package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.deployment.service.DesiredState;
import io.chainline.console.nfvo.domain.NsdInfo;
import io.chainline.console.nfvo.domain.OnboardingState;
import io.chainline.console.nfvo.domain.VnfPackage;
import io.chainline.console.nfvo.domain.VnfPackageRepository;
import io.chainline.tosca.model.VnfProfileRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        Map<String, VnfPackage> byVnfd =
                packages
                        .findByVnfdIdIn(profiles.values().stream()
                                .map(VnfProfileRef::descriptorId)
                                .toList())
                        .stream()
                        .filter(p -> p.getOnboardingState() == OnboardingState.ONBOARDED
                                && p.getVnfd().isPresent())
                        .collect(Collectors.toMap(
                                p -> p.getVnfd().orElseThrow().vnfdId(), Function.identity(), (a, b) -> a));
        Map<String, List<DesiredState.PlacedVdu>> byNf = desired.placements().stream()
                .collect(Collectors.groupingBy(DesiredState.PlacedVdu::nf, LinkedHashMap::new, Collectors.toList()));
        return byNf.entrySet().stream()
                .map(e -> view(
                        e.getKey(),
                        Optional.ofNullable(profiles.get(e.getKey())).map(p -> byVnfd.get(p.descriptorId())),
                        e.getValue()))
                .toList();
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
            return chains.get(onboarded.get().chainId()).descriptor().vnfs().stream()
                    .collect(Collectors.toMap(VnfProfileRef::node, Function.identity(), (a, b) -> a));
        } catch (ChainlineException e) {
            if (e.category() != Category.NOT_FOUND) {
                throw e;
            }
            return Map.of();
        }
    }
}
