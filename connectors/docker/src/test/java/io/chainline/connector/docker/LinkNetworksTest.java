package io.chainline.connector.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.HostConfig;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Workload;
import io.chainline.connector.testkit.SampleUnits;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkNetworksTest {

    private final DeploymentRef ref = DeploymentRef.of("d1");
    private final DeploymentUnit unit = SampleUnits.linked(Engines.sample(ref, "nf:1", false), 77, true);
    private final Workload classifier = unit.workloads().getFirst();

    @Test
    void aContainerOnItsLinksWithItsAddressesHasNoDifference() {
        Container container = on(Map.of("d1-sap-in", "10.77.1.11", "d1-cl-data", "10.77.2.11"));

        assertThat(LinkNetworks.differences(ref, classifier, 1, container)).isEmpty();
    }

    @Test
    void aMissingLinkAndAMovedAddressAreDifferences() {
        Container container = on(Map.of("d1-sap-in", "10.77.1.99"));

        assertThat(LinkNetworks.differences(ref, classifier, 1, container))
                .containsExactly(
                        "network d1-sap-in: address 10.77.1.99, wanted 10.77.1.11",
                        "network d1-cl-data: not attached, wanted 10.77.2.11");
    }

    @Test
    void forwardingAndCapabilitiesGoOnTheHostConfig() {
        HostConfig host = HostConfig.newHostConfig();

        LinkNetworks.dataPlane(host, classifier.dataPlane());

        assertThat(host.getSysctls()).containsEntry("net.ipv4.ip_forward", "1");
        assertThat(host.getCapAdd()).containsExactly(Capability.NET_ADMIN);
    }

    @Test
    void anUnknownCapabilityIsRefusedByName() {
        assertThat(LinkNetworks.capability("cap_net_raw")).isEqualTo(Capability.NET_RAW);
        assertThatThrownBy(() -> LinkNetworks.capability("NET_WIZARD"))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("NET_WIZARD");
    }

    @Test
    void aWorkloadWithoutDataPlaneKeepsItsFingerprint() {
        Workload plain = Engines.workload("router", "rt", 1, "nf:1", java.util.Optional.empty(), Map.of());

        assertThat(Specs.fingerprint(SampleUnits.withDataPlane(plain, Workload.DataPlane.NONE)))
                .isEqualTo(Specs.fingerprint(plain));
        assertThat(Specs.fingerprint(classifier))
                .isNotEqualTo(Specs.fingerprint(SampleUnits.withDataPlane(classifier, Workload.DataPlane.NONE)));
    }

    /** A container as the engine lists it, on the management network and these link networks. */
    private static Container on(Map<String, String> addresses) {
        Map<String, Object> networks = new java.util.HashMap<>();
        addresses.forEach((name, address) -> networks.put(name, Map.of("IPAddress", address)));
        networks.put("chainline-d1", Map.of("IPAddress", "10.89.0.2"));
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        return json.convertValue(Map.of("NetworkSettings", Map.of("Networks", networks)), Container.class);
    }
}
