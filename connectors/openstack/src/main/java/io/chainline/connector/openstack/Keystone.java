package io.chainline.connector.openstack;

import io.chainline.connector.api.ConnectorException;
import java.time.Clock;
import java.time.Duration;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.core.transport.Config;
import org.openstack4j.model.common.Identifier;
import org.openstack4j.model.identity.v3.Token;
import org.openstack4j.openstack.OSFactory;

/**
 * A Keystone v3 session for one target. openstack4j binds a client to the thread that made it, so the token is
 * kept and each call gets a client for its own thread; the token is renewed shortly before it expires.
 */
final class Keystone {

    private static final Duration RENEW_BEFORE = Duration.ofMinutes(5);

    private final OpenStackAccess access;
    private final Clock clock;
    private Token token;

    Keystone(OpenStackAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
        if (access.applicationCredentialId().isPresent()) {
            throw new ConnectorException(
                    ConnectorException.Reason.UNSUPPORTED,
                    "Application credentials are not supported by this connector yet (openstack4j 3.12 cannot use"
                            + " them); register a user and password scoped to the project.");
        }
    }

    synchronized OSClientV3 client() {
        if (token == null
                || token.getExpires().toInstant().isBefore(clock.instant().plus(RENEW_BEFORE))) {
            token = authenticate().getToken();
        }
        OSClientV3 client = OSFactory.clientFromToken(token, config());
        access.region().ifPresent(client::useRegion);
        return client;
    }

    private OSClientV3 authenticate() {
        return OSFactory.builderV3()
                .endpoint(access.authUrl().toString())
                .withConfig(config())
                .credentials(
                        access.userName().orElseThrow(),
                        access.password().orElseThrow(),
                        Identifier.byName(access.userDomain().orElse("Default")))
                .scopeToProject(
                        Identifier.byName(access.projectName()
                                .orElseThrow(() -> new ConnectorException(
                                        ConnectorException.Reason.BAD_ACCESS, "Give the project to scope to."))),
                        Identifier.byName(access.projectDomain().orElse("Default")))
                .authenticate();
    }

    private static Config config() {
        return Config.newConfig().withConnectionTimeout(5_000).withReadTimeout(60_000);
    }

    String describe() {
        return access.authUrl() + " project " + access.projectName().orElse("?")
                + access.region().map(r -> ", region " + r).orElse("");
    }
}
