package io.chainline.console.chain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.VnfSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VnfLabelsTest {

    private static VnfSummary version(String provider, String descriptorVersion, String software, String descriptorId) {
        return new VnfSummary(
                UUID.randomUUID(),
                provider,
                "vFirewall",
                software,
                descriptorId,
                descriptorVersion,
                DescriptorState.PUBLISHED,
                1,
                "amd64",
                Instant.EPOCH,
                "alice",
                0);
    }

    @Test
    void threeDescriptorVersionsOfOneSoftwareReleaseReadDifferently() {
        List<VnfSummary> versions = List.of(
                version("Example Networks", "1.0.0", "4.2", "a"),
                version("Example Networks", "1.1.0", "4.2", "b"),
                version("Example Networks", "2.0.0", "4.2", "c"));

        var labels = VnfLabels.unique(versions);

        assertThat(labels.values())
                .containsExactly(
                        "vFirewall 1.0.0 · software 4.2 · Example Networks",
                        "vFirewall 1.1.0 · software 4.2 · Example Networks",
                        "vFirewall 2.0.0 · software 4.2 · Example Networks")
                .doesNotHaveDuplicates();
    }

    @Test
    void labelsThatWouldStillReadTheSameNameTheirDescriptor() {
        List<VnfSummary> versions = List.of(
                version("Example Networks", "1.0.0", "4.2", "vnfd-a"),
                version("Example Networks", "1.0.0", "4.2", "vnfd-b"));

        assertThat(VnfLabels.unique(versions).values())
                .doesNotHaveDuplicates()
                .allSatisfy(l -> assertThat(l)
                        .startsWith("vFirewall 1.0.0 · software 4.2")
                        .contains("vnfd-"));
    }
}
