package io.chainline.console.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One rule for publishing, and words that never say "ready" beside an error. */
class PublishabilityTest {

    private static final DesignIssue ERROR = new DesignIssue("CATALOG-IMAGE-MISSING", true, "c", "p", "Enter it.");
    private static final DesignIssue WARNING = new DesignIssue("CATALOG-IMAGE-UNRESOLVED", false, "c", "p", "Pin it.");

    @Test
    void anErrorBlocksAndIsNamed() {
        Publishability verdict = new Publishability(List.of(WARNING, ERROR));

        assertThat(verdict.publishable()).isFalse();
        assertThat(verdict.summary()).isEqualTo("1 error(s), 1 warning(s): fix the errors to publish");
        assertThat(verdict.summary()).doesNotContainIgnoringCase("ready").doesNotContain("No issues");
        assertThat(verdict.blockedBecause()).isEqualTo("Cannot publish: CATALOG-IMAGE-MISSING Enter it.");
    }

    @Test
    void warningsAloneDoNotBlock() {
        assertThat(new Publishability(List.of(WARNING)).publishable()).isTrue();
        assertThat(new Publishability(List.of()).summary()).isEqualTo("No issues: ready to publish");
    }
}
