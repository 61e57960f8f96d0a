package io.chainline.connector.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** podman told from Docker by /version, and only installed runtimes offered (answers recorded from both engines). */
class EngineIdentityTest {

    /** podman 4.3.1's /info on Debian 12: every runtime containers.conf names, of which only runc is installed. */
    private static final Map<String, String> PODMAN_CONFIGURED = Map.of(
            "crun", "/usr/bin/crun",
            "kata", "/usr/bin/kata-runtime",
            "krun", "/usr/bin/krun",
            "runc", "/usr/bin/runc",
            "runj", "/usr/local/bin/runj",
            "runsc", "/usr/bin/runsc");

    @Test
    void podmanIsNamedWithItsOwnVersionAndOffersOnlyTheRuntimeItRuns() {
        EngineIdentity engine = EngineIdentity.of(
                List.of(
                        new EngineIdentity.Component("Podman Engine", "4.3.1"),
                        new EngineIdentity.Component("Conmon", "conmon version 2.1.6, commit: unknown"),
                        new EngineIdentity.Component("OCI Runtime (runc)", "runc version 1.1.5+ds1")),
                "linux/amd64/debian-12",
                "4.3.1",
                PODMAN_CONFIGURED,
                "runc");

        assertThat(engine.describe()).isEqualTo("Podman 4.3.1");
        assertThat(engine.runtimes()).containsExactly(Map.entry("runc", "/usr/bin/runc"));
    }

    @Test
    void podmanWhoseDefaultRuntimeIsKataOffersKata() {
        EngineIdentity engine = EngineIdentity.of(
                List.of(
                        new EngineIdentity.Component("Podman Engine", "5.2.0"),
                        new EngineIdentity.Component("OCI Runtime (kata)", "kata-runtime 3.8")),
                "linux/arm64/fedora-40",
                "5.2.0",
                PODMAN_CONFIGURED,
                "kata");

        assertThat(engine.describe()).isEqualTo("Podman 5.2.0");
        assertThat(engine.runtimes()).containsOnlyKeys("kata");
    }

    @Test
    void dockerOffersTheRuntimesRegisteredInDaemonJson() {
        EngineIdentity engine = EngineIdentity.of(
                List.of(
                        new EngineIdentity.Component("Engine", "20.10.24+dfsg1"),
                        new EngineIdentity.Component("containerd", "1.6.20~ds1"),
                        new EngineIdentity.Component("runc", "1.1.5+ds1")),
                "",
                "20.10.24+dfsg1",
                Map.of("runc", "runc", "io.containerd.runc.v2", "runc", "kata-qemu", "/opt/kata/bin/containerd-shim"),
                "runc");

        assertThat(engine.describe()).isEqualTo("Docker 20.10.24+dfsg1");
        assertThat(engine.runtimes()).containsOnlyKeys("runc", "io.containerd.runc.v2", "kata-qemu");
    }

    @Test
    void podmanWithoutComponentsIsToldByItsPlatformAndFallsBackToItsDefaultRuntime() {
        EngineIdentity engine = EngineIdentity.of(List.of(), "Podman Engine", "4.9.3", PODMAN_CONFIGURED, "crun");

        assertThat(engine.product()).isEqualTo("Podman");
        assertThat(engine.runtimes()).containsOnlyKeys("crun");
    }
}
