package io.chainline.console.fleet.service;

import io.chainline.connector.api.Connector;
import io.chainline.connector.api.ConnectorFactory;
import io.chainline.connector.api.Platform;
import io.chainline.connector.api.PlatformContext;
import io.chainline.connector.api.TargetAccess;
import io.chainline.connector.api.TargetKind;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed platforms, one per target kind, with their connectors: the only way the console reaches a platform.
 * Made by the fleet's configuration from what the connector modules declare; the console names none of them.
 */
public class ConnectorRegistry {

    private static final Logger log = LoggerFactory.getLogger(ConnectorRegistry.class);

    private final Map<TargetKind, Platform> platforms = new LinkedHashMap<>();
    private final Map<TargetKind, ConnectorFactory> factories = new LinkedHashMap<>();

    public ConnectorRegistry(List<Platform> installed, Clock clock) {
        PlatformContext context = new PlatformContext(clock);
        for (Platform platform : installed) {
            if (platforms.putIfAbsent(platform.kind(), platform) != null) {
                // two modules claiming one kind is a packaging error the operator must see, not a silent pick
                throw new IllegalStateException("two platforms declare the kind " + platform.kind() + ": "
                        + platforms.get(platform.kind()).getClass().getName() + " and "
                        + platform.getClass().getName());
            }
            factories.put(platform.kind(), platform.connectors(context));
        }
        log.info("chainline.fleet.platforms kinds={}", kinds());
    }

    public Set<TargetKind> kinds() {
        return platforms.keySet().stream()
                .sorted(Comparator.comparing(TargetKind::name))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The installed platforms in the order they were found (the class path's): what the fleet form offers. */
    public List<Platform> platforms() {
        return List.copyOf(platforms.values());
    }

    public Optional<Platform> find(TargetKind kind) {
        return Optional.ofNullable(platforms.get(kind));
    }

    /** The platform of a kind to register a target of; an unknown kind names the installed ones. */
    public Platform forRegistration(TargetKind kind) {
        if (kind == null) {
            throw new ChainlineException(
                    "FLEET-KIND-MISSING", Category.INVALID, "Choose the kind of target: one of " + kinds() + ".");
        }
        return find(kind)
                .orElseThrow(() -> new ChainlineException(
                        "FLEET-UNKNOWN-KIND",
                        Category.INVALID,
                        "No platform of kind " + kind + " is installed in this console; the installed kinds are "
                                + kinds() + "."));
    }

    /** The platform of a registered target; its module may have been removed since. */
    public Platform platform(TargetKind kind) {
        return find(kind).orElseThrow(() -> noConnector(kind));
    }

    public ConnectorFactory factory(TargetKind kind) {
        ConnectorFactory factory = factories.get(kind);
        if (factory == null) {
            throw noConnector(kind);
        }
        return factory;
    }

    public Connector connect(TargetAccess access) {
        return factory(access.kind()).connect(access);
    }

    private static ChainlineException noConnector(TargetKind kind) {
        return new ChainlineException(
                "FLEET-NO-CONNECTOR",
                Category.CONFLICT,
                "No connector for " + kind.name().toLowerCase(java.util.Locale.ROOT) + " targets is installed in this"
                        + " console yet; the target is registered and its credentials kept, but it cannot be tested,"
                        + " synced or deployed to until one is.");
    }
}
