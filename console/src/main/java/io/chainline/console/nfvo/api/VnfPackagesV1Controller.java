package io.chainline.console.nfvo.api;

import io.chainline.console.nfvo.service.VnfPackageService;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** SOL005 v2.6.1 VNF package management (vnfpkgm v1): the v2 endpoints, in v2.6.1's shape. */
@RestController
@RequestMapping("/api/vnfpkgm/v1/vnf_packages")
@Tag(name = "SOL005 v1 vnfpkgm", description = "SOL005 v2.6.1 VNF packages: the same resources as vnfpkgm v2")
class VnfPackagesV1Controller extends VnfPackagesController implements V1Api {

    VnfPackagesV1Controller(VnfPackageService packages, Sol013Paging paging) {
        super(packages, paging);
    }
}
