package io.chainline.console.base.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The address table: every form an SSRF probe uses, with a resolver that makes names resolve where a test says. */
class OutboundPolicyTest {

    /** Names the fake DNS knows; anything else does not resolve. */
    private static final Map<String, List<String>> DNS = Map.of(
            "vendor.example", List.of("93.184.216.34"),
            "rebind.example", List.of("93.184.216.34", "127.0.0.1"),
            "metadata.example", List.of("169.254.169.254"),
            "localhost", List.of("127.0.0.1", "::1"),
            "mapped.example", List.of("::ffff:7f00:1"),
            "registry.lab", List.of("10.1.2.3"),
            "mapped-lab.example", List.of("::ffff:a01:203"));

    private static OutboundPolicy policy(String allow) {
        return new OutboundPolicy(OutboundAllowList.parse(allow), OutboundPolicyTest::resolve);
    }

    private static List<InetAddress> resolve(String host) throws UnknownHostException {
        if (OutboundAllowList.literal(host).isPresent()) {
            return List.of(InetAddress.getByName(host));
        }
        List<String> addresses = DNS.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        List<InetAddress> resolved = new java.util.ArrayList<>();
        for (String a : addresses) {
            resolved.add(
                    a.startsWith("::ffff:")
                            ? mapped(host, InetAddress.getByName(a).getAddress())
                            : named(host, a));
        }
        return resolved;
    }

    private static InetAddress named(String host, String address) throws UnknownHostException {
        return InetAddress.getByAddress(host, InetAddress.getByName(address).getAddress());
    }

    /** An IPv6 answer carrying an IPv4 address (::ffff:a.b.c.d), which Java's own parser would turn into IPv4. */
    private static InetAddress mapped(String host, byte[] v4) throws UnknownHostException {
        byte[] v6 = new byte[16];
        v6[10] = (byte) 0xff;
        v6[11] = (byte) 0xff;
        System.arraycopy(v4, 0, v6, 12, 4);
        InetAddress address = java.net.Inet6Address.getByAddress(host, v6, -1);
        assertThat(address).isInstanceOf(java.net.Inet6Address.class);
        return address;
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            http://127.0.0.1:5000/x           | loopback
            http://127.1.2.3/                 | loopback
            http://localhost:8080/            | loopback
            http://[::1]:22/                  | loopback
            http://[::ffff:127.0.0.1]/        | loopback
            http://[::ffff:7f00:1]/           | loopback
            http://mapped.example/            | loopback
            http://[::127.0.0.1]/             | loopback
            http://[64:ff9b::7f00:1]/         | loopback
            http://[2002:7f00:1::]/           | loopback
            http://0.0.0.0:8080/              | unspecified
            http://[::]/                      | unspecified
            http://169.254.169.254/latest/    | link-local
            http://metadata.example/          | link-local
            http://[fe80::1]/                 | link-local
            http://10.0.0.1/                  | private
            http://172.16.5.4/                | private
            http://172.31.255.255/            | private
            http://192.168.1.1/               | private
            http://100.64.0.1/                | private
            http://[fc00::1]/                 | private
            http://[fd12:3456::1]/            | private
            http://224.0.0.1/                 | multicast
            http://[ff02::1]/                 | multicast
            http://255.255.255.255/           | reserved
            http://rebind.example/            | loopback
            """)
    void nonPublicAddressesAreRefusedNamingOnlyTheirClass(String url, String kind) {
        assertThatThrownBy(() -> policy("").check(URI.create(url.trim())))
                .hasFieldOrPropertyWithValue("code", "OUTBOUND-REFUSED")
                .hasMessageContaining("(a " + kind + " address)")
                .hasMessageNotContaining("127.0.0.1")
                .hasMessageNotContaining("169.254");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://2130706433:5000/",
                "http://0:8080/",
                "http://0177.0.0.1/",
                "http://0x7f000001/",
                "http://0x7f.0.0.1/",
                "http://127.1/",
                "http://127.0.1/",
                "http://017700000001/",
                "http://127.000.000.001/"
            })
    void numericFormsThatHideAnAddressAreRefusedWhateverTheyMeanAndEvenWhenAllowListed(String url) {
        assertThatThrownBy(() -> policy("127.0.0.0/8,0.0.0.0/0").check(URI.create(url)))
                .hasFieldOrPropertyWithValue("code", "OUTBOUND-REFUSED")
                .hasMessageContaining("numeric address in a non-standard form");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://vendor.example/x", "gopher://vendor.example/", "jar:x"})
    void onlyHttpAndHttpsAreSpoken(String url) {
        assertThatThrownBy(() -> policy("").check(URI.create(url)))
                .hasFieldOrPropertyWithValue("code", "OUTBOUND-REFUSED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://vendor.example/pkg.csar", "https://vendor.example:8443/x", "http://93.184.216.34/"})
    void publicAddressesPassWithTheAddressToConnectTo(String url) {
        OutboundPolicy.Target target = policy("").check(URI.create(url));

        assertThat(target.addresses()).extracting(InetAddress::getHostAddress).containsExactly("93.184.216.34");
    }

    @ParameterizedTest(name = "{1} allows {0}")
    @CsvSource(delimiter = '|', textBlock = """
            http://127.0.0.1:5000/v2/         | 127.0.0.1:5000
            http://127.0.0.1:5001/v2/         | 127.0.0.1
            http://127.0.0.1:5001/v2/         | 127.0.0.0/8
            https://registry.lab/v2/          | registry.lab:443
            http://registry.lab:5000/v2/      | registry.lab
            http://10.9.8.7/                  | 10.0.0.0/8
            http://[::1]:8080/                | [::1]:8080
            http://[fd00::5]/                 | fd00::/8
            http://localhost:5000/            | localhost:5000
            http://mapped-lab.example/        | 10.0.0.0/8
            """)
    void aLabAllowListsItsOwnHosts(String url, String allow) {
        assertThat(policy(allow).check(URI.create(url.trim())).port()).isPositive();
    }

    @ParameterizedTest(name = "{1} does not allow {0}")
    @CsvSource(delimiter = '|', textBlock = """
            http://127.0.0.1:5001/            | 127.0.0.1:5000
            http://127.0.0.2/                 | 127.0.0.1
            http://localhost/                 | 127.0.0.1
            https://registry.lab:8443/        | registry.lab:443
            http://10.1.2.3/                  | registry.lab
            http://192.168.0.1/               | 10.0.0.0/8
            """)
    void theAllowListIsNoWiderThanWritten(String url, String allow) {
        assertThatThrownBy(() -> policy(allow).check(URI.create(url.trim())))
                .hasFieldOrPropertyWithValue("code", "OUTBOUND-REFUSED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "host:port", "1.2.3.4/x", "[::1]:http"})
    void aBrokenAllowListEntryStopsStartupNamingIt(String entry) {
        assertThatThrownBy(() -> OutboundAllowList.parse("127.0.0.1," + entry))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(entry.toLowerCase(java.util.Locale.ROOT));
    }

    @org.junit.jupiter.api.Test
    void aNameThatDoesNotResolveIsTheSameFailureAsAClosedPort() {
        assertThatThrownBy(() -> policy("").check(URI.create("http://nowhere.example/")))
                .hasFieldOrPropertyWithValue("code", "OUTBOUND-FAILED")
                .hasMessageNotContaining("nowhere");
    }

    @org.junit.jupiter.api.Test
    void credentialsInsideTheAddressAreRefused() {
        assertThatThrownBy(() -> policy("").check(URI.create("http://user:pw@vendor.example/")))
                .hasFieldOrPropertyWithValue("code", "OUTBOUND-REFUSED")
                .hasMessageNotContaining("pw");
    }
}
