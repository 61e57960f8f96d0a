package io.chainline.console.nfvo.api;

import io.chainline.console.nfvo.service.NsInstanceService;
import io.chainline.console.nfvo.service.NsLcmService;
import io.chainline.console.nfvo.service.OpOccService;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** SOL005 v2.6.1 NS lifecycle management (nslcm v1): the v2 endpoints, in v2.6.1's shape. */
@RestController
@RequestMapping("/api/nslcm/v1")
@Tag(name = "SOL005 v1 nslcm", description = "SOL005 v2.6.1 NS instances and operation occurrences (as nslcm v2)")
class NsLcmV1Controller extends NsLcmController implements V1Api {

    NsLcmV1Controller(NsInstanceService instances, NsLcmService lcm, OpOccService occurrences, Sol013Paging paging) {
        super(instances, lcm, occurrences, paging);
    }
}
