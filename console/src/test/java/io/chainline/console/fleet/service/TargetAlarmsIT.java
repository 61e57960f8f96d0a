package io.chainline.console.fleet.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainline.connector.api.ConnectionCheck;
import io.chainline.connector.api.TargetKind;
import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.support.IntegrationTest;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A target's alarms follow a real engine that goes away and comes back: a private podman API service on its own
 * socket (the shared one stays up for the other tests), registered as a Docker target, killed and started again.
 */
@IntegrationTest
class TargetAlarmsIT {

    /** Where .ci/engines.sh keeps podman's configuration and storage: the private service shares them. */
    private static final Path PODMAN_CONF = Path.of("/tmp/chainline-engines/pm");

    @Autowired
    FleetService fleet;

    @Autowired
    AlarmQueries alarms;

    private final Path socket =
            Path.of("/tmp/chainline-alarm-" + UUID.randomUUID().toString().substring(0, 8) + ".sock");
    private Process service;

    @AfterEach
    void stopService() throws Exception {
        stop();
        Files.deleteIfExists(socket);
    }

    @Test
    void anEngineThatGoesAwayIsACriticalAlarmOnItsTargetUntilItIsBack() throws Exception {
        start();
        TargetSummary target =
                fleet.register(docker("alarm-" + UUID.randomUUID().toString().substring(0, 6)), "admin");

        ConnectionCheck reached = fleet.test(target.id(), "admin");
        assertThat(reached.ok()).as(reached.message()).isTrue();
        assertThat(alarms.activeOn(target.id())).isEmpty();

        stop();
        ConnectionCheck lost = fleet.test(target.id(), "admin");
        assertThat(lost.ok()).isFalse();
        assertThat(alarms.activeOn(target.id())).singleElement().satisfies(a -> {
            assertThat(a.getSeverity()).isEqualTo(Fault.Severity.CRITICAL);
            assertThat(a.getEventType()).isEqualTo(Fault.EventType.COMMUNICATIONS_ALARM);
            assertThat(a.getProbableCause()).isEqualTo("Target unreachable");
            assertThat(a.getFaultDetails()).isEqualTo(lost.message());
            assertThat(a.getScope().source()).isEqualTo("target");
        });
        UUID raised = alarms.activeOn(target.id()).getFirst().getId();

        fleet.test(target.id(), "admin");
        assertThat(alarms.activeOn(target.id()))
                .as("a repeated failure keeps the one alarm")
                .extracting(Alarm::getId)
                .containsExactly(raised);

        start();
        assertThat(fleet.test(target.id(), "admin").ok()).isTrue();
        assertThat(alarms.activeOn(target.id())).isEmpty();
        assertThat(alarms.find(raised))
                .get()
                .satisfies(a -> assertThat(a.getClearedAt()).isPresent());

        stop();
        fleet.test(target.id(), "admin");
        assertThat(alarms.activeOn(target.id())).hasSize(1);
        fleet.delete(target.id(), fleet.get(target.id()).version(), "admin");
        assertThat(alarms.activeOn(target.id()))
                .as("a removed target's alarms clear")
                .isEmpty();
    }

    private TargetRequest docker(String name) {
        return new TargetRequest(
                name,
                TargetKind.DOCKER,
                "lab",
                "",
                Map.of(),
                null,
                null,
                new TargetRequest.Docker("unix://" + socket, null, null, null, null));
    }

    private void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder("podman", "system", "service", "--time=0", "unix://" + socket)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        for (String conf : new String[] {"containers", "storage", "registries"}) {
            Path file = PODMAN_CONF.resolve(conf + ".conf");
            if (Files.exists(file)) {
                String variable =
                        conf.equals("containers") ? "CONTAINERS_CONF" : "CONTAINERS_" + conf.toUpperCase() + "_CONF";
                builder.environment().put(variable, file.toString());
            }
        }
        service = builder.start();
        await().atMost(Duration.ofSeconds(30)).until(this::listening);
    }

    private void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            if (!service.waitFor(10, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        service = null;
    }

    private boolean listening() {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException notYet) {
            return false;
        }
    }
}
