package io.chainline.connector.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Workload;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Images are checked against Glance and the hypervisors before a stack is planned: refusals leave nothing behind. */
class OpenStackAdmissionIT {

    private static WireMockServer stubs;
    private static Connector connector;

    @BeforeAll
    static void connect() {
        stubs = TestCloud.nova();
        connector = new OpenStackConnectorFactory(Clock.systemUTC(), HeatTemplates.Style.STAND_IN)
                .connect(TestCloud.admin());
    }

    @AfterAll
    static void close() {
        connector.close();
        stubs.stop();
    }

    private static DeploymentUnit one(String image, Set<Architecture> allowed) {
        DeploymentRef ref =
                DeploymentRef.of("adm-" + UUID.randomUUID().toString().substring(0, 8));
        Workload vm = new Workload(
                "edge",
                "vm",
                false,
                1,
                List.of(),
                Optional.of(new Workload.VmSpec(image, 1, 1L << 30, 1L << 30, Optional.empty())),
                Workload.Isolation.SHARED_KERNEL,
                Optional.empty(),
                allowed,
                false,
                List.of(),
                Map.of());
        return new DeploymentUnit(ref, List.of(vm), List.of(), List.of());
    }

    @Test
    void anImageTheCloudDoesNotHaveIsRefusedWithWhatToDo() {
        DeploymentUnit unit = one("vnowhere-1", Set.of());

        assertThatThrownBy(() -> connector.apply(unit, java.time.Duration.ZERO))
                .isInstanceOfSatisfying(
                        ConnectorException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("image service does not have")
                .hasMessageContaining("openstack image create");
        assertThat(connector.observe(unit.ref()).isEmpty()).isTrue();
    }

    @Test
    void anImageOfAnArchitectureTheVduDoesNotAllowIsRefused() {
        assertThatThrownBy(() -> connector.plan(one("varm-1", Set.of(Architecture.AMD64))))
                .hasMessageContaining("hw_architecture=arm64")
                .hasMessageContaining("allows only [amd64]");
        assertThat(connector.plan(one("varm-1", Set.of())).changes()).isNotEmpty();
    }
}
