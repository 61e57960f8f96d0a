package io.chainline.connector.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A kind is data: an id, read as stored and written, with the shipped ids unchanged (ADR 23). */
class TargetKindTest {

    @Test
    void theShippedIdsReadAsTheyAreStored() {
        assertThat(TargetKind.of("KUBERNETES")).isEqualTo(TargetKind.KUBERNETES);
        assertThat(TargetKind.of(" docker ")).isEqualTo(TargetKind.DOCKER);
        assertThat(TargetKind.OPENSTACK.name()).isEqualTo("OPENSTACK");
        assertThat(TargetKind.of("MY_CLOUD_2").toString()).isEqualTo("MY_CLOUD_2");
    }

    @Test
    void anIdThatCouldNotBeStoredIsRefused() {
        assertThatThrownBy(() -> TargetKind.of("my-cloud")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TargetKind.of("A".repeat(33))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TargetKind.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
