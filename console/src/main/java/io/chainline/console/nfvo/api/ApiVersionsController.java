package io.chainline.console.nfvo.api;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.nfvo.service.ApiRoot;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * SOL013 §9.3: which versions each SOL005 API serves. At its root ({@code /api/vnfpkgm/api_versions}) every major
 * version is listed with the root as {@code uriPrefix}; under a major version only that one, with its own prefix. The
 * prefix is absolute, "{apiRoot}/{apiName}/{apiMajorVersion}" as SOL013 writes it, rooted where the request came in
 * ({@link ApiRoot}, as the links are).
 */
@RestController
@Tag(name = "SOL005 API versions")
class ApiVersionsController {

    /** SOL013 ApiVersionInformation. */
    record ApiVersionInformation(String uriPrefix, List<ApiVersion> apiVersions) {}

    /** One version: deprecated ones would carry their retirement date. */
    record ApiVersion(String version, boolean isDeprecated) {}

    private final ApiRoot root;

    ApiVersionsController(ApiRoot root) {
        this.root = root;
    }

    @GetMapping("/api/{api}/api_versions")
    @Operation(summary = "Every version the SOL005 API serves (vnfpkgm, nsd and nslcm: 1.x and 2.x; nsfm: 1.x)")
    ApiVersionInformation versions(@PathVariable String api, HttpServletRequest request) {
        List<SolApi> all = SolApi.named(api);
        if (all.isEmpty()) {
            throw notFound("/api/" + api);
        }
        return new ApiVersionInformation(
                root.of(request) + all.getFirst().root(),
                all.stream().map(ApiVersionsController::of).toList());
    }

    @GetMapping("/api/{api}/{major}/api_versions")
    @Operation(summary = "The versions the SOL005 API serves under its major version")
    ApiVersionInformation versionsOfMajor(
            @PathVariable String api, @PathVariable String major, HttpServletRequest request) {
        SolApi served = SolApi.named(api).stream()
                .filter(a -> major.equals("v" + a.major()))
                .findFirst()
                .orElseThrow(() -> notFound("/api/" + api + "/" + major));
        return new ApiVersionInformation(root.of(request) + served.uriPrefix(), List.of(of(served)));
    }

    private static ApiVersion of(SolApi api) {
        return new ApiVersion(api.version(), false);
    }

    private static ChainlineException notFound(String path) {
        return new ChainlineException(
                "NOT-FOUND",
                Category.NOT_FOUND,
                "There is no SOL005 API at " + path
                        + "; the APIs are vnfpkgm, nsd and nslcm (v1 and v2) and nsfm (v1).");
    }
}
