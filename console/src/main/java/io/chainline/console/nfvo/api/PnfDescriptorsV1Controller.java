package io.chainline.console.nfvo.api;

import io.chainline.console.nfvo.service.PnfdService;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** SOL005 v2.6.1 PNFD management (nsd v1 pnf_descriptors): the v2 endpoints, in v2.6.1's shape. */
@RestController
@RequestMapping("/api/nsd/v1/pnf_descriptors")
@Tag(name = "SOL005 v1 nsd", description = "SOL005 v2.6.1 NS and PNF descriptors: the same resources as nsd v2")
class PnfDescriptorsV1Controller extends PnfDescriptorsController implements V1Api {

    PnfDescriptorsV1Controller(PnfdService pnfds, Sol013Paging paging) {
        super(pnfds, paging);
    }
}
