package io.chainline.console.fleet.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.base.service.ChainlineException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Labels that could never work are refused when given, naming the label. */
class LabelsTest {

    @Test
    void aLabelKeyHoldingAnEqualsSignIsRefusedNotSplit() {
        assertThatThrownBy(() -> Labels.requireValid(Map.of("a=b", "c")))
                .isInstanceOf(ChainlineException.class)
                .hasMessageContaining("a=b")
                .extracting(e -> ((ChainlineException) e).code())
                .isEqualTo("FLEET-LABEL-INVALID");
        assertThatThrownBy(() -> Labels.requireValid(Map.of("tier", "edge\nsite=x")))
                .isInstanceOf(ChainlineException.class);
        assertThatCode(() -> Labels.requireValid(Map.of("topology.kubernetes.io/zone", "a=b")))
                .doesNotThrowAnyException();
        // a value may hold '=': only the first '=' separates
        assertThat(Labels.parse(Labels.format(Map.of("k", "a=b")))).containsExactly(Map.entry("k", "a=b"));
    }
}
