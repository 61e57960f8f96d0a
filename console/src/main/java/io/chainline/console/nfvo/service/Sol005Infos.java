package io.chainline.console.nfvo.service;

import io.chainline.console.nfvo.domain.NsdInfo;
import io.chainline.console.nfvo.domain.OnboardedResource;
import io.chainline.console.nfvo.domain.VnfPackage;
import io.chainline.tosca.csar.SecurityOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** VNF packages and NS descriptors in SOL005's shape (VnfPkgInfo, NsdInfo): what the services hand out. */
final class Sol005Infos {

    private Sol005Infos() {}

    static Sol005Views.VnfPkgInfo vnfPackage(VnfPackage pkg, boolean inUse, Sol005Json json) {
        var vnfd = pkg.getVnfd();
        String self = "/api/vnfpkgm/v2/vnf_packages/" + pkg.getId();
        Map<String, Sol005Views.Link> links = new LinkedHashMap<>();
        links.put("self", new Sol005Views.Link(self));
        links.put("vnfd", new Sol005Views.Link(self + "/vnfd"));
        links.put("packageContent", new Sol005Views.Link(self + "/package_content"));
        return new Sol005Views.VnfPkgInfo(
                pkg.getId(),
                vnfd.map(VnfPackage.Vnfd::vnfdId).orElse(null),
                vnfd.map(VnfPackage.Vnfd::provider).orElse(null),
                vnfd.map(VnfPackage.Vnfd::productName).orElse(null),
                vnfd.map(VnfPackage.Vnfd::softwareVersion).orElse(null),
                vnfd.map(VnfPackage.Vnfd::version).orElse(null),
                checksum(pkg),
                pkg.getCheck()
                        .map(c -> OnboardingChecks.securityOption(c, json))
                        .orElse(SecurityOption.OPTION_1.name()),
                pkg.getOnboardingState().name(),
                pkg.getOperationalState().name(),
                usage(inUse),
                vnfd.isPresent()
                        ? pkg.getCheck()
                                .map(c -> OnboardingChecks.vnfmInfo(c, json))
                                .orElse(null)
                        : null,
                failure(pkg, json),
                json.map(pkg.getUserDefinedJson()),
                links);
    }

    static Sol005Views.NsdInfoView nsd(NsdInfo info, List<String> vnfdIds, boolean inUse, Sol005Json json) {
        var nsd = info.getNsd();
        String self = "/api/nsd/v2/ns_descriptors/" + info.getId();
        Map<String, Sol005Views.Link> links = new LinkedHashMap<>();
        links.put("self", new Sol005Views.Link(self));
        links.put("nsd_content", new Sol005Views.Link(self + "/nsd_content"));
        return new Sol005Views.NsdInfoView(
                info.getId(),
                nsd.map(NsdInfo.Nsd::nsdId).orElse(null),
                nsd.map(NsdInfo.Nsd::name).orElse(null),
                nsd.map(NsdInfo.Nsd::version).orElse(null),
                nsd.map(NsdInfo.Nsd::designer).orElse(null),
                nsd.isPresent() ? vnfdIds : null,
                info.getOnboardingState().name(),
                info.getOperationalState().name(),
                usage(inUse),
                failure(info, json),
                json.map(info.getUserDefinedJson()),
                links);
    }

    private static String usage(boolean inUse) {
        return inUse ? "IN_USE" : "NOT_IN_USE";
    }

    private static FailureDetails failure(OnboardedResource resource, Sol005Json json) {
        return resource.getFailureJson()
                .map(f -> json.read(f, FailureDetails.class))
                .orElse(null);
    }

    private static Sol005Views.Checksum checksum(OnboardedResource resource) {
        return resource.getContentSha256()
                .map(h -> new Sol005Views.Checksum("SHA-256", h))
                .orElse(null);
    }
}
