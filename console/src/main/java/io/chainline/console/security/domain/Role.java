package io.chainline.console.security.domain;

import java.util.Arrays;
import java.util.List;

/**
 * What a user may do. Roles are cumulative: an operator can do everything a viewer can, an admin everything an operator
 * can. Spring Security and Vaadin check plain authorities, so a user is granted the authority of their own role and of
 * every role below it (see {@link #grantedRoles()}).
 */
public enum Role {
    /** Reads catalog, chains, fleet, deployments and schedules; changes nothing. NOC wall screens, on-call readers. */
    VIEWER,
    /** Designs descriptors and chains, deploys and runs lifecycle operations. */
    OPERATOR,
    /** Manages users, targets and settings; reads the audit log. */
    ADMIN;

    /** Spring Security role names, without the {@code ROLE_} prefix, for {@code @RolesAllowed} and matchers. */
    public static final String VIEWER_NAME = "VIEWER";

    public static final String OPERATOR_NAME = "OPERATOR";
    public static final String ADMIN_NAME = "ADMIN";

    /** This role and every role it includes, lowest first. */
    public List<Role> grantedRoles() {
        return Arrays.stream(values()).filter(this::includes).toList();
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** A human label for menus and badges. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
