package io.chainline.tosca.csar;

import java.util.Collection;
import java.util.List;

/**
 * SOL004's two ways of securing a package (clause 5.1), as SOL005 reports them in VnfPkgInfo.packageSecurityOption:
 * {@link #OPTION_1} the manifest carries the CMS signature (and artifacts may carry their own), {@link #OPTION_2} the
 * whole CSAR is signed: a ZIP holding {@code x.csar}, its {@code x.cms} signature and optionally {@code x.cert}.
 */
public enum SecurityOption {
    OPTION_1,
    OPTION_2;

    /**
     * The option a package's bytes use: OPTION_2 for the signed wrapper that {@link CsarReader} unwraps and verifies
     * (one root {@code .csar} beside a root {@code .cms}), OPTION_1 for anything else, including an unsigned CSAR
     * (SOL005 has no value for "none"). Reads only the ZIP's central directory.
     */
    public static SecurityOption of(byte[] zip) {
        List<String> names = CentralDirectory.names(zip);
        return wraps(names) && names.stream().anyMatch(n -> isRoot(n) && n.endsWith(".cms")) ? OPTION_2 : OPTION_1;
    }

    /** The option-2 layout: exactly one root {@code .csar} and no TOSCA-Metadata of the outer ZIP's own. */
    static boolean wraps(Collection<String> names) {
        long csars =
                names.stream().filter(n -> isRoot(n) && n.endsWith(".csar")).count();
        return csars == 1 && names.stream().noneMatch(n -> n.startsWith("TOSCA-Metadata/"));
    }

    private static boolean isRoot(String name) {
        return !name.contains("/");
    }
}
