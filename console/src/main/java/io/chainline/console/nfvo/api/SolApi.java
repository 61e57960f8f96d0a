package io.chainline.console.nfvo.api;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The SOL005 APIs served here, one constant per major version, with the version each reports (SOL013 §9: the
 * {@code Version} header and the {@code api_versions} resource). vnfpkgm, nsd and nslcm are served in SOL005 v2.6.1's
 * shape under {@code /v1} (what OSM-era clients speak) and in the v3+ shape under {@code /v2}, over the same services
 * (ADR 0039). Chainline reports x.0.0 rather than claim a minor version of the ETSI documents whose every addition it
 * has not built.
 */
enum SolApi {
    VNFPKGM_V1("vnfpkgm", 1, "1.0.0"),
    VNFPKGM("vnfpkgm", 2, "2.0.0"),
    NSD_V1("nsd", 1, "1.0.0"),
    NSD("nsd", 2, "2.0.0"),
    NSLCM_V1("nslcm", 1, "1.0.0"),
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

    /**
     * The API a request path under {@code /api/} belongs to: the major version it names, or for a path outside any
     * major version ({@code /api/vnfpkgm/api_versions}) the newest.
     */
    static Optional<SolApi> of(String requestPath) {
        Optional<SolApi> exact = Arrays.stream(values())
                .filter(api -> requestPath.startsWith(api.uriPrefix() + "/"))
                .findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        return Arrays.stream(values())
                .filter(api -> requestPath.startsWith("/api/" + api.path + "/"))
                .max(Comparator.comparingInt(SolApi::major));
    }

    /** Every major version of the API of that name, oldest first. */
    static List<SolApi> named(String name) {
        return Arrays.stream(values()).filter(api -> api.path.equals(name)).toList();
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

    /** {@code /api/vnfpkgm}: SOL013's {apiRoot}/{apiName}, where the versions of every major one are listed. */
    String root() {
        return "/api/" + path;
    }

    /**
     * A {@code Version} request header this API serves: the same major version (SOL013 §4.9); outside any major
     * version, any major version of the API.
     */
    boolean serves(String requested, String requestPath) {
        String asked = requested.strip().split("[.-]", 2)[0];
        if (requestPath.startsWith(uriPrefix() + "/")) {
            return asked.equals(String.valueOf(major));
        }
        return named(path).stream().anyMatch(api -> asked.equals(String.valueOf(api.major)));
    }
}
