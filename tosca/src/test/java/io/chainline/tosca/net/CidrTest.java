package io.chainline.tosca.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

    @Test
    void anIpv4SubnetKnowsItsBoundsAndMembers() {
        Cidr lan = Cidr.parse("10.60.2.0/24").orElseThrow();

        assertThat(lan.version()).isEqualTo(4);
        assertThat(lan.network()).hasToString("10.60.2.0");
        assertThat(lan.last()).hasToString("10.60.2.255");
        assertThat(lan.size()).isEqualTo(BigInteger.valueOf(256));
        assertThat(lan.contains(IpAddress.parse("10.60.2.17").orElseThrow())).isTrue();
        assertThat(lan.contains(IpAddress.parse("10.60.3.0").orElseThrow())).isFalse();
        assertThat(lan.contains(IpAddress.parse("fd00::1").orElseThrow())).isFalse();
        assertThat(lan).hasToString("10.60.2.0/24");
    }

    @Test
    void anIpv6SubnetKnowsItsBoundsAndMembers() {
        Cidr lan = Cidr.parse("fd00:60:2::/64").orElseThrow();

        assertThat(lan.version()).isEqualTo(6);
        assertThat(lan.last()).hasToString("fd00:60:2:0:ffff:ffff:ffff:ffff");
        assertThat(lan.contains(IpAddress.parse("fd00:60:2::a").orElseThrow())).isTrue();
        assertThat(lan.contains(IpAddress.parse("fd00:60:3::a").orElseThrow())).isFalse();
        assertThat(lan.contains(IpAddress.parse("10.60.2.1").orElseThrow())).isFalse();
    }

    @Test
    void subnetsOverlapWhenOneHoldsTheOther() {
        Cidr wide = Cidr.parse("10.60.0.0/16").orElseThrow();
        Cidr narrow = Cidr.parse("10.60.2.0/24").orElseThrow();
        Cidr beside = Cidr.parse("10.61.0.0/16").orElseThrow();

        assertThat(wide.overlaps(narrow)).isTrue();
        assertThat(narrow.overlaps(wide)).isTrue();
        assertThat(wide.overlaps(beside)).isFalse();
        assertThat(wide.overlaps(Cidr.parse("fd00::/8").orElseThrow())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10.60.2.0",
                "10.60.2.0/33",
                "10.60.2/24",
                "010.60.2.0/24",
                "10.60.256.0/24",
                "x/24",
                "fd00::/129",
                "fd00:::/64",
                "1:2:3:4:5:6:7:8:9/64",
                "",
                "/24",
                "10.60.2.0/-1"
            })
    void malformedSubnetsDoNotParse(String text) {
        assertThat(Cidr.parse(text)).isEmpty();
        assertThat(Cidr.problem(text)).isPresent();
    }

    @Test
    void aSubnetWithHostBitsIsRefusedWithTheSubnetItMeans() {
        assertThat(Cidr.parse("10.60.2.7/24")).isEmpty();
        assertThat(Cidr.problem("10.60.2.7/24"))
                .hasValueSatisfying(p -> assertThat(p).contains("10.60.2.0/24"));
        assertThat(Cidr.problem("10.60.2.0/24")).isEmpty();
    }

    @Test
    void ipv6LiteralsParseInEveryWrittenForm() {
        assertThat(IpAddress.parse("::"))
                .hasValueSatisfying(a -> assertThat(a.value()).isZero());
        assertThat(IpAddress.parse("::1"))
                .hasValueSatisfying(a -> assertThat(a.value()).isOne());
        assertThat(IpAddress.parse("FD00:0:0:0:0:0:0:1")).isEqualTo(IpAddress.parse("fd00::1"));
        assertThat(IpAddress.parse("::ffff:10.0.0.1"))
                .hasValueSatisfying(a -> assertThat(a)
                        .hasToString("::ffff:a00:1")
                        .extracting(IpAddress::version)
                        .isEqualTo(6));
        assertThat(IpAddress.parse("fe80::1%eth0")).isEmpty();
        assertThat(IpAddress.parse("1::2::3")).isEmpty();
        assertThat(IpAddress.parse("localhost")).isEmpty();
        assertThat(IpAddress.parse("10.1")).isEmpty();
    }

    @Property(tries = 200)
    void everyIpv4AddressPrintsAndParsesBack(
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int high, @ForAll boolean top) {
        long value = (top ? 1L << 31 : 0) | high;
        IpAddress address = new IpAddress(4, BigInteger.valueOf(value));

        assertThat(IpAddress.parse(address.toString())).contains(address);
    }

    @Property(tries = 200)
    void everySubnetContainsItsFirstAndLastAddressAndNotTheNext(
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int bits,
            @ForAll @IntRange(min = 1, max = 32) int prefix) {
        BigInteger host = BigInteger.ONE.shiftLeft(32 - prefix).subtract(BigInteger.ONE);
        IpAddress network = new IpAddress(4, BigInteger.valueOf(bits).andNot(host));
        Cidr cidr = new Cidr(network, prefix);

        assertThat(Cidr.parse(cidr.toString())).contains(cidr);
        assertThat(cidr.contains(cidr.network())).isTrue();
        assertThat(cidr.contains(cidr.last())).isTrue();
        if (cidr.last().value().bitLength() <= 31) {
            assertThat(cidr.contains(cidr.last().plus(1))).isFalse();
        }
    }
}
