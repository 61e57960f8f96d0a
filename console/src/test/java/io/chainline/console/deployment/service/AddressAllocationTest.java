package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.tosca.model.L3Data;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Subnets from the pool and addresses on a link: never twice, always inside, the same for the same input. */
class AddressAllocationTest {

    private final SubnetPool pool = SubnetPool.of(SubnetPool.DEFAULT);

    @Property(tries = 200)
    void subnetsFromThePoolNeverOverlapWhatIsTakenAndStayInThePool(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 1023) Integer> takenBlocks,
            @ForAll @IntRange(min = 1, max = 20) int links) {
        List<Ipv4Subnet> taken = new ArrayList<>();
        takenBlocks.forEach(b -> taken.add(new Ipv4Subnet(pool.pool().network() + (b << 8), 24)));
        List<Ipv4Subnet> given = new ArrayList<>();
        for (int i = 0; i < links; i++) {
            List<Ipv4Subnet> all = new ArrayList<>(taken);
            all.addAll(given);
            Ipv4Subnet next = pool.next(all);
            assertThat(all).noneMatch(next::overlaps);
            assertThat(pool.pool().contains(next.network()) && pool.pool().contains(next.last()))
                    .isTrue();
            assertThat(next.prefix()).isEqualTo(24);
            assertThat(pool.next(all)).as("stable").isEqualTo(next);
            given.add(next);
        }
    }

    @Property(tries = 200)
    void addressesOnALinkAreDistinctInsideUsableAndStable(
            @ForAll @IntRange(min = 24, max = 28) int prefix,
            @ForAll @Size(max = 6) Set<@IntRange(min = 1, max = 14) Integer> usedHosts,
            @ForAll @IntRange(min = 0, max = 6) int count,
            @ForAll boolean withGateway) {
        Ipv4Subnet subnet = new Ipv4Subnet(Ipv4Subnet.address("10.61.7.0"), prefix);
        AddressSpace space =
                new AddressSpace(subnet, withGateway ? Optional.of(subnet.network() + 2) : Optional.empty(), List.of());
        Set<Long> used = new HashSet<>();
        usedHosts.forEach(h -> used.add(subnet.network() + h));

        List<Long> given = space.allocate(used, count, "lan");

        assertThat(given).hasSize(count).doesNotHaveDuplicates().noneMatch(used::contains);
        assertThat(given).allMatch(subnet::contains).allMatch(space::usable);
        assertThat(given).doesNotContain(subnet.network(), subnet.last(), space.reserved());
        assertThat(space.allocate(used, count, "lan")).as("stable").isEqualTo(given);
    }

    @Example
    void allocationPoolsAreHonouredAndTheGatewaySkipped() {
        AddressSpace space = AddressSpace.of(new L3Data(
                "192.168.5.0/24",
                Optional.of("192.168.5.100"),
                List.of(new L3Data.Pool("192.168.5.99", "192.168.5.102")),
                false,
                "ipv4"));

        assertThat(space.allocate(Set.of(Ipv4Subnet.address("192.168.5.101")), 2, "lan").stream()
                        .map(Ipv4Subnet::dotted))
                .containsExactly("192.168.5.99", "192.168.5.102");
        assertThatThrownBy(() -> space.allocate(Set.of(), 4, "lan"))
                .isInstanceOf(ChainlineException.class)
                .hasMessageContaining("lan (192.168.5.0/24) has no 4 free addresses");
    }

    @Example
    void aLinkWithoutGatewayKeepsItsFirstAddressForThePlatformsBridge() {
        AddressSpace space = AddressSpace.of(Ipv4Subnet.parse("10.60.3.0/24"));

        assertThat(space.allocate(Set.of(), 2, "lan").stream().map(Ipv4Subnet::dotted))
                .containsExactly("10.60.3.2", "10.60.3.3");
        assertThat(Ipv4Subnet.parse("10.60.3.77/24")).hasToString("10.60.3.0/24");
    }

    @Example
    void anExhaustedPoolSaysWhatToDo() {
        SubnetPool tiny = SubnetPool.of("10.70.0.0/23");
        List<Ipv4Subnet> taken = List.of(tiny.next(List.of()), Ipv4Subnet.parse("10.70.1.0/24"));

        assertThatThrownBy(() -> tiny.next(taken))
                .isInstanceOf(ChainlineException.class)
                .hasMessageContaining("chainline.chains.address-pool");
    }
}
