package io.chainline.console.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.model.VnfDescriptor;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The compare shows memory as the designer's forms do: in MiB. */
class DescriptorDiffTest {

    @Test
    void memoryIsShownInMib() {
        VnfDescriptor before = DemoDescriptors.firewall();
        VnfDescriptor after = VnfEdits.updateContainer(
                        before,
                        "fw",
                        "fw_engine",
                        c -> Vdus.withRequests(c, c.cpuRequestMilli(), OptionalLong.of(512L << 20)))
                .descriptor();

        assertThat(new DescriptorDiff(null, new ModelJson()).compare(before, after))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.path()).endsWith("containers[fw_engine].memoryRequestBytes");
                    assertThat(c.before()).isEqualTo("256 MiB");
                    assertThat(c.after()).isEqualTo("512 MiB");
                });
        assertThat(DescriptorDiff.mebibytes((1L << 20) + 1)).isEqualTo("1048577 bytes (1 MiB)");
    }
}
