package io.chainline.tosca.template;

import java.util.Arrays;
import java.util.Optional;

/** The {@code tosca_definitions_version} values the engine reads, and what they mean for SOL001. */
public enum ToscaVersion {
    TOSCA_1_0("tosca_simple_yaml_1_0"),
    TOSCA_1_1("tosca_simple_yaml_1_1"),
    /** SOL001 v2.x (Tacker reads only this). */
    TOSCA_1_2("tosca_simple_yaml_1_2"),
    /** SOL001 v3.x and v4.x. */
    TOSCA_1_3("tosca_simple_yaml_1_3"),
    /** Tacker's legacy VNFD/NSD/VNFFGD profile; Tacker's own type library applies implicitly. */
    NFV_PROFILE_1_0_0("tosca_simple_profile_for_nfv_1_0_0");

    private final String keyword;

    ToscaVersion(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    public static Optional<ToscaVersion> of(String keyword) {
        return Arrays.stream(values()).filter(v -> v.keyword.equals(keyword)).findFirst();
    }

    public static String known() {
        return String.join(
                ", ", Arrays.stream(values()).map(ToscaVersion::keyword).toList());
    }
}
