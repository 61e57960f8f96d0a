package io.chainline.console.nfvo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How an onboarded package or descriptor was checked: the profile's key ({@code interop}, {@code strict}) and the
 * warnings the TOSCA engine reported (JSON, written by the service). Chainline's own record, not part of SOL005.
 */
@Embeddable
public class ImportCheck {

    @Column(name = "checked_profile", length = 16)
    private String profile;

    @Column(name = "check_warnings_json", length = 100_000)
    private String warningsJson;

    protected ImportCheck() {
        // for JPA
    }

    public ImportCheck(String profile, String warningsJson) {
        this.profile = profile;
        this.warningsJson = warningsJson;
    }

    public String getProfile() {
        return profile;
    }

    public String getWarningsJson() {
        return warningsJson;
    }
}
