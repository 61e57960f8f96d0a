package io.chainline.tosca.model;

import java.util.Optional;

/** The SOL001 editions Chainline writes; 4.4.1 is the default, 2.6.1 is what Tacker reads. */
public enum Sol001Edition {
    V2_6_1("2.6.1", "tosca_simple_yaml_1_2"),
    V4_4_1("4.4.1", "tosca_simple_yaml_1_3");

    public static final Sol001Edition DEFAULT = V4_4_1;

    private final String version;
    private final String toscaVersion;

    Sol001Edition(String version, String toscaVersion) {
        this.version = version;
        this.toscaVersion = toscaVersion;
    }

    public String version() {
        return version;
    }

    public String toscaVersion() {
        return toscaVersion;
    }

    /** The ETSI forge URL of one of the edition's type files (common, vnfd, nsd); the engine bundles them. */
    public String typesUrl(String part) {
        return "https://forge.etsi.org/rep/nfv/SOL001/raw/v" + version + "/etsi_nfv_sol001_" + part + "_types.yaml";
    }

    public static Optional<Sol001Edition> of(String version) {
        for (Sol001Edition edition : values()) {
            if (edition.version.equals(version) || edition.name().equalsIgnoreCase(version)) {
                return Optional.of(edition);
            }
        }
        return Optional.empty();
    }
}
