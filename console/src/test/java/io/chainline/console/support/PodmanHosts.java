package io.chainline.console.support;

import io.chainline.connector.api.TargetKind;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetRequest;
import io.chainline.console.fleet.service.TargetSummary;
import java.util.Map;
import java.util.UUID;

/** The test engine's podman registered as a Docker target (site=lab), synced and ready to deploy on. */
public final class PodmanHosts {

    private PodmanHosts() {}

    /** @param prefix the start of the target's name; a random suffix keeps tests apart */
    public static TargetSummary register(FleetService fleet, String prefix) {
        TargetSummary host = fleet.register(
                new TargetRequest(
                        prefix + "-" + UUID.randomUUID().toString().substring(0, 6),
                        TargetKind.DOCKER,
                        "lab",
                        "",
                        Map.of("site", "lab"),
                        null,
                        null,
                        new TargetRequest.Docker(Engines.podman(), null, null, null, null)),
                "admin");
        fleet.sync(host.id());
        return host;
    }
}
