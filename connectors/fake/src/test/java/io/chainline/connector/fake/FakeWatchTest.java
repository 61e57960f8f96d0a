package io.chainline.connector.fake;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.connector.api.ChangeSignal;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.DeploymentRef;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lab signals what it changes behind Chainline's back, and counts the observations it answers. */
class FakeWatchTest {

    @Test
    void aRemovedWorkloadIsSignalledAndObservationsAreCounted() {
        String bench = "watch-" + System.nanoTime();
        Connector connector = new FakeConnector(new FakeAccess(URI.create("fake://" + bench), "t"));
        FakeLab.bench(bench).put("d1", new java.util.concurrent.ConcurrentHashMap<>(Map.of()));
        List<ChangeSignal> signals = new ArrayList<>();

        try (Connector.Watch watch = connector.watch(signals::add).orElseThrow()) {
            assertThat(FakeLab.watches(bench)).isEqualTo(1);
            FakeLab.remove(bench, "d1", "firewall-fw");
            connector.observe(DeploymentRef.of("d1"));
        }
        FakeLab.remove(bench, "d1", "router-rt");

        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s.deployment()).contains("d1");
            assertThat(s.workload()).isEqualTo("firewall-fw");
            assertThat(s.isLost()).isFalse();
        });
        assertThat(FakeLab.observations(bench)).isEqualTo(1);
        assertThat(FakeLab.watches(bench)).isZero();
    }
}
