package io.chainline.console.nfvo.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DnsNamesTest {

    @Test
    void anyNameBecomesALabel() {
        assertThat(DnsNames.slug("My NS 1")).isEqualTo("my-ns-1");
        assertThat(DnsNames.slug("  vCPE — Café / Zürich  ")).isEqualTo("vcpe-cafe-zurich");
        assertThat(DnsNames.slug("***")).isEqualTo("ns");
        assertThat(DnsNames.slug("x".repeat(80))).hasSize(DnsNames.MAX);
        assertThat(DnsNames.slug("already-a-label")).isEqualTo("already-a-label");
    }

    @Test
    void aTakenLabelGetsTheFirstFreeSuffixWithinTheLimit() {
        Set<String> taken = Set.of("my-ns-1", "my-ns-1-2");
        assertThat(DnsNames.derive("My NS 1", taken::contains)).isEqualTo("my-ns-1-3");

        String long40 = "a".repeat(40);
        String derived = DnsNames.derive(long40, Set.of(long40)::contains);
        assertThat(derived).hasSize(40).endsWith("-2").matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    }
}
