package io.chainline.connector.openstack;

import io.chainline.connector.api.Connector;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.ConnectorFactory;
import io.chainline.connector.api.TargetAccess;
import io.chainline.connector.api.TargetKind;
import java.time.Clock;

/** Connects to OpenStack clouds with Keystone v3 (user and password, project scope, region). */
public final class OpenStackConnectorFactory implements ConnectorFactory {

    private final Clock clock;
    private final HeatTemplates.Style style;

    public OpenStackConnectorFactory(Clock clock) {
        this(clock, HeatTemplates.Style.REAL);
    }

    OpenStackConnectorFactory(Clock clock, HeatTemplates.Style style) {
        this.clock = clock;
        this.style = style;
    }

    @Override
    public TargetKind kind() {
        return TargetKind.OPENSTACK;
    }

    @Override
    public Connector connect(TargetAccess access) {
        if (!(access instanceof OpenStackAccess openstack)) {
            throw new ConnectorException(
                    ConnectorException.Reason.BAD_ACCESS, "An OpenStack target needs OpenStack access details.");
        }
        return new OpenStackConnector(new Keystone(openstack, clock), style, clock);
    }
}
