package io.chainline.console.nfvo.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The SOL005 APIs served here, with the version each reports (SOL013 §9: the {@code Version} header and the
 * {@code api_versions} resource). Chainline implements the resources of each API's major version that docs/api.md
 * lists; it reports x.0.0 rather than claim a minor version of the ETSI documents whose every addition it has not
 * built.
 */
enum SolApi {
    VNFPKGM("vnfpkgm", 2, "2.0.0"),
    NSD("nsd", 2, "2.0.0"),
    NSLCM("nslcm", 2, "2.0.0"),
    NSFM("nsfm", 1, "1.0.0");

    private final String path;
    private final int major;
    private final String version;

    SolApi(String path, int major, String version) {
        this.path = path;
        this.major = major;
        this.version = version;
    }

    /** The API a request path under {@code /api/} belongs to. */
    static Optional<SolApi> of(String requestPath) {
        return Arrays.stream(values())
                .filter(api -> requestPath.startsWith("/api/" + api.path + "/"))
                .findFirst();
    }

    static Optional<SolApi> named(String name) {
        return Arrays.stream(values()).filter(api -> api.path.equals(name)).findFirst();
    }

    String version() {
        return version;
    }

    int major() {
        return major;
    }

    /** {@code /api/vnfpkgm/v2}: SOL013's {apiRoot}/{apiName}/{apiMajorVersion}. */
    String uriPrefix() {
        return "/api/" + path + "/v" + major;
    }

    /** A {@code Version} request header this API serves: the same major version (SOL013 §4.9). */
    boolean serves(String requested) {
        String major = requested.strip().split("[.-]", 2)[0];
        return major.equals(String.valueOf(this.major));
    }
}
