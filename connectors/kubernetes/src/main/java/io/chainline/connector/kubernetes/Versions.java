package io.chainline.connector.kubernetes;

import io.fabric8.kubernetes.client.VersionInfo;

/** The server version as people say it (v1.33.2), from whichever fields the server filled in. */
final class Versions {

    private Versions() {}

    static String of(VersionInfo version) {
        if (version.getGitVersion() != null && !version.getGitVersion().isBlank()) {
            return version.getGitVersion();
        }
        return version.getMajor() == null
                ? "(version not reported)"
                : "v" + version.getMajor() + "." + version.getMinor();
    }
}
