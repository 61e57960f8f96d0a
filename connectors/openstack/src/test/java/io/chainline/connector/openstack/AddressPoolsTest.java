package io.chainline.connector.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Allocation pools leave out the gateway and the fixed addresses, and nothing else. */
class AddressPoolsTest {

    @Test
    void aSubnetWithoutReservationsIsOnePoolOfItsHosts() {
        assertThat(AddressPools.of("10.60.2.0/24", List.of()))
                .containsExactly(Map.of("start", "10.60.2.1", "end", "10.60.2.254"));
    }

    @Test
    void theGatewayAndFixedAddressesSplitThePools() {
        assertThat(AddressPools.of("10.60.2.0/24", List.of("10.60.2.1", "10.60.2.20", "10.60.2.21", "10.60.2.254")))
                .containsExactly(
                        Map.of("start", "10.60.2.2", "end", "10.60.2.19"),
                        Map.of("start", "10.60.2.22", "end", "10.60.2.253"));
    }

    @Test
    void addressesOutsideTheSubnetAreIgnoredAndIpv6Works() {
        assertThat(AddressPools.of("10.60.2.0/30", List.of("10.60.3.1", "10.60.2.2")))
                .containsExactly(Map.of("start", "10.60.2.1", "end", "10.60.2.1"));
        assertThat(AddressPools.of("fd00:60:2::/120", List.of("fd00:60:2::1")))
                .containsExactly(Map.of("start", "fd00:60:2:0:0:0:0:2", "end", "fd00:60:2:0:0:0:0:ff"));
    }

    @Test
    void aNameIsNoAddress() {
        assertThatThrownBy(() -> AddressPools.of("10.60.2.0/24", List.of("example.org")))
                .hasMessageContaining("Not an IP address");
    }
}
