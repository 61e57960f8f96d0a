package io.chainline.console.fleet.service;

import io.chainline.connector.api.Connector;
import io.chainline.connector.api.ConnectorFactory;
import io.chainline.connector.api.TargetAccess;
import io.chainline.connector.api.TargetKind;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The installed connectors, one per target kind: the only way the console reaches a platform. */
@Component
public class ConnectorRegistry {

    private final Map<TargetKind, ConnectorFactory> factories = new EnumMap<>(TargetKind.class);

    ConnectorRegistry(List<ConnectorFactory> installed) {
        installed.forEach(f -> factories.put(f.kind(), f));
    }

    public Set<TargetKind> kinds() {
        return Set.copyOf(factories.keySet());
    }

    public ConnectorFactory factory(TargetKind kind) {
        ConnectorFactory factory = factories.get(kind);
        if (factory == null) {
            throw new ChainlineException(
                    "FLEET-NO-CONNECTOR",
                    Category.CONFLICT,
                    "No connector for " + kind.name().toLowerCase() + " targets is installed in this console yet; the"
                            + " target is registered and its credentials kept, but it cannot be tested, synced or"
                            + " deployed to until one is.");
        }
        return factory;
    }

    public Connector connect(TargetAccess access) {
        return factory(access.kind()).connect(access);
    }
}
