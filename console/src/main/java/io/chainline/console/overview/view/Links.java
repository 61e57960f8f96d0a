package io.chainline.console.overview.view;

import io.chainline.console.base.domain.Fault.Severity;
import java.util.UUID;

/**
 * Where each wall-screen item leads: one place for the routes of other features' pages, so a route that moves is
 * changed here only. The alarms view ({@code alarms}) reads {@code severity} and {@code alarm} query parameters.
 */
final class Links {

    static final String ALARMS = "alarms";
    static final String DEPLOYMENTS = "deployments";
    static final String FLEET = "fleet";
    static final String WINDOWS = "windows";
    static final String SCHEDULES = "schedules";

    private Links() {}

    static String alarms(Severity severity) {
        return ALARMS + "?severity=" + severity.name();
    }

    static String alarm(UUID id) {
        return ALARMS + "?alarm=" + id;
    }

    static String deployment(UUID id) {
        return DEPLOYMENTS + "/" + id;
    }
}
