package io.chainline.console.nfvo.api;

import io.chainline.console.nfvo.service.NsdService;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** SOL005 v2.6.1 NSD management (nsd v1): the v2 endpoints, in v2.6.1's shape. */
@RestController
@RequestMapping("/api/nsd/v1/ns_descriptors")
@Tag(name = "SOL005 v1 nsd", description = "SOL005 v2.6.1 NS descriptors: the same resources as nsd v2")
class NsDescriptorsV1Controller extends NsDescriptorsController implements V1Api {

    NsDescriptorsV1Controller(NsdService nsds, Sol013Paging paging) {
        super(nsds, paging);
    }
}
