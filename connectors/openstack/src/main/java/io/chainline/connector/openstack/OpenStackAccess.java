package io.chainline.connector.openstack;

import io.chainline.connector.api.TargetAccess;
import io.chainline.connector.api.TargetKind;
import java.net.URI;
import java.util.Optional;

/** Keystone v3: a password or an application credential, scoped to a project, in a region. */
public record OpenStackAccess(
        URI authUrl,
        Optional<String> userName,
        Optional<String> userDomain,
        Optional<String> password,
        Optional<String> applicationCredentialId,
        Optional<String> applicationCredentialSecret,
        Optional<String> projectName,
        Optional<String> projectDomain,
        Optional<String> region,
        Optional<String> caCertificate)
        implements TargetAccess {

    @Override
    public TargetKind kind() {
        return TargetKind.OPENSTACK;
    }

    @Override
    public String toString() {
        return "OpenStack[" + authUrl + ", "
                + userName.map(u -> "user " + u).orElse("application credential")
                + ", project " + projectName.orElse("-") + ", region " + region.orElse("-")
                + ", secrets redacted]";
    }
}
