package io.chainline.console.nfvo.api;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** SOL013 §9.3: which versions each SOL005 API serves, at its root and under its major version. */
@RestController
@Tag(name = "SOL005 API versions")
class ApiVersionsController {

    /** SOL013 ApiVersionInformation. */
    record ApiVersionInformation(String uriPrefix, List<ApiVersion> apiVersions) {}

    /** One version: deprecated ones would carry their retirement date. */
    record ApiVersion(String version, boolean isDeprecated) {}

    @GetMapping("/api/{api}/api_versions")
    @Operation(summary = "The versions the SOL005 API serves (vnfpkgm, nsd, nslcm, nsfm)")
    ApiVersionInformation versions(@PathVariable String api) {
        return information(api, Optional.empty());
    }

    @GetMapping("/api/{api}/{major}/api_versions")
    @Operation(summary = "The versions the SOL005 API serves under its major version")
    ApiVersionInformation versionsOfMajor(@PathVariable String api, @PathVariable String major) {
        return information(api, Optional.of(major));
    }

    private static ApiVersionInformation information(String name, Optional<String> major) {
        SolApi api = SolApi.named(name)
                .filter(a -> major.isEmpty() || major.get().equals("v" + a.major()))
                .orElseThrow(() -> new ChainlineException(
                        "NOT-FOUND",
                        Category.NOT_FOUND,
                        "There is no SOL005 API at /api/" + name
                                + major.map(m -> "/" + m).orElse("")
                                + "; the APIs are vnfpkgm/v2, nsd/v2, nslcm/v2 and nsfm/v1."));
        return new ApiVersionInformation(api.uriPrefix(), List.of(new ApiVersion(api.version(), false)));
    }
}
