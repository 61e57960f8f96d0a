package io.chainline.tosca.issue;

import java.util.Locale;
import java.util.Optional;

/**
 * How strictly an input is judged. {@link #STRICT} is ETSI conformance (SOL001/SOL004 as written): what a vendor's CI
 * wants to hear. {@link #INTEROP} accepts the deviations the reference VNFMs (Tacker, ONAP's VNFSDK, OpenStack's
 * tosca-parser) load, each reported as an {@code INTEROP-*} warning that says what strict would have said, so an
 * operator can import a vendor's package and still see every deviation. A deviation is reported through {@link
 * Issues#deviation}; nothing else differs between the profiles.
 */
public enum Profile {
    STRICT,
    INTEROP;

    /** The lower-case name used in settings, on the CLI and in reports. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Profile> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Profile profile : values()) {
            if (profile.key().equalsIgnoreCase(text.strip())) {
                return Optional.of(profile);
            }
        }
        return Optional.empty();
    }
}
