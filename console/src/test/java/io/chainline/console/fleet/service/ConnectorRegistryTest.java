package io.chainline.console.fleet.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.connector.api.Platform;
import io.chainline.connector.api.TargetKind;
import io.chainline.console.base.service.ChainlineException;
import java.time.Clock;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The registry holds what the modules on the class path declare, and says which kinds it has when asked for another. */
class ConnectorRegistryTest {

    private final List<Platform> found = ServiceLoader.load(Platform.class).stream()
            .map(ServiceLoader.Provider::get)
            .toList();
    private final ConnectorRegistry registry = new ConnectorRegistry(found, Clock.systemUTC());

    @Test
    void theShippedPlatformsAndTheTestOneAreInstalledKubernetesFirst() {
        assertThat(registry.kinds())
                .contains(TargetKind.KUBERNETES, TargetKind.OPENSTACK, TargetKind.DOCKER, TargetKind.of("FAKE"));
        assertThat(registry.platforms().getFirst().kind()).isEqualTo(TargetKind.KUBERNETES);
    }

    @Test
    void anUnknownKindIsRefusedNamingTheInstalledOnesAndAVanishedOneHasNoConnector() {
        assertThatThrownBy(() -> registry.forRegistration(TargetKind.of("MAINFRAME")))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("FLEET-UNKNOWN-KIND"))
                .hasMessageContaining("DOCKER")
                .hasMessageContaining("KUBERNETES");
        assertThatThrownBy(() -> registry.factory(TargetKind.of("MAINFRAME")))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("FLEET-NO-CONNECTOR"));
    }

    @Test
    void twoModulesClaimingOneKindIsAPackagingErrorNotASilentPick() {
        assertThatThrownBy(() -> new ConnectorRegistry(List.of(found.getFirst(), found.getFirst()), Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two platforms declare the kind");
    }
}
