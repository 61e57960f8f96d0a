package io.chainline.console.chain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainReadinessTest {

    @Test
    void anEmptyChainIsNotReadyAndSaysWhatToAddFirst() {
        ChainReadiness empty = ChainReadiness.of(ChainEdits.blank("empty", "me"), List.of());

        assertThat(empty.publishable()).isFalse();
        assertThat(empty.findings())
                .extracting(ChainReadiness.Finding::code)
                .containsExactly("CHAIN-EMPTY", "CHAIN-NO-LINKS", "CHAIN-NO-PATH");
        assertThat(empty.blocking()).map(ChainReadiness.Finding::code).contains("CHAIN-EMPTY");
        assertThat(empty.verdict()).doesNotContain("Ready").startsWith("3 problem(s)");
    }

    @Test
    void aChainWithoutLinksOrWithoutPathIsNotReady() {
        var vcpe = ChainEditsTest.vcpe();
        var noPath = ChainPaths.removeHop(ChainPaths.removeHop(ChainPaths.removeHop(vcpe, 2), 1), 0);
        var noLinks = ChainEdits.removeLink(ChainEdits.removeLink(vcpe, "steered"), "filtered");

        assertThat(ChainReadiness.of(noPath, List.of()).blocking())
                .map(ChainReadiness.Finding::code)
                .contains("CHAIN-NO-PATH");
        assertThat(ChainReadiness.of(noLinks, List.of()).findings())
                .extracting(ChainReadiness.Finding::code)
                .contains("CHAIN-NO-LINKS", "CHAIN-NO-PATH");
    }

    @Test
    void neverReadyBesideAnErrorButReadyBesideAWarning() {
        var vcpe = ChainEditsTest.vcpe();
        Issue error = new Issue(IssueCode.NS_LINK_DANGLING, Severity.ERROR, "", 0, 0, "x", "dangling");
        Issue warning = new Issue(IssueCode.NFP_HOP_UNCONNECTED, Severity.WARNING, "", 0, 0, "y", "unconnected");

        assertThat(ChainReadiness.of(vcpe, List.of()).verdict()).isEqualTo("Ready to publish");
        assertThat(ChainReadiness.of(vcpe, List.of(warning)).publishable()).isTrue();
        assertThat(ChainReadiness.of(vcpe, List.of(warning)).verdict()).startsWith("Ready to publish, with 1 warning");
        ChainReadiness blocked = ChainReadiness.of(vcpe, List.of(warning, error));
        assertThat(blocked.publishable()).isFalse();
        assertThat(blocked.verdict()).doesNotContain("Ready").startsWith("1 problem(s)");
        assertThat(blocked.blocking())
                .map(ChainReadiness.Finding::describe)
                .contains("NS-LINK-DANGLING at x: dangling");
    }
}
