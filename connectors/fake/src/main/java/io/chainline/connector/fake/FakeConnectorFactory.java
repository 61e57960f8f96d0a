package io.chainline.connector.fake;

import io.chainline.connector.api.Connector;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.ConnectorFactory;
import io.chainline.connector.api.TargetAccess;
import io.chainline.connector.api.TargetKind;

/** Connects to benches of the {@link FakeLab}. */
final class FakeConnectorFactory implements ConnectorFactory {

    @Override
    public TargetKind kind() {
        return FakePlatform.KIND;
    }

    @Override
    public Connector connect(TargetAccess access) {
        if (!(access instanceof FakeAccess fake)) {
            throw new ConnectorException(
                    ConnectorException.Reason.BAD_ACCESS, "A fake bench needs fake access details.");
        }
        return new FakeConnector(fake);
    }
}
