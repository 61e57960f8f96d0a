package io.chainline.connector.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.connector.api.AccessException;
import io.chainline.connector.api.Platform;
import io.chainline.connector.api.ResolvedAccess;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The fake platform describes itself as a real one does, and is found the way the console finds platforms. */
class FakePlatformTest {

    private final FakePlatform platform = new FakePlatform();

    @Test
    void itIsFoundThroughServiceLoader() {
        assertThat(ServiceLoader.load(Platform.class).stream().map(p -> p.get().kind()))
                .contains(FakePlatform.KIND);
    }

    @Test
    void aBlankTokenOnAChangeKeepsTheStoredOneAndTheTokenNeverShows() {
        ResolvedAccess first = platform.resolve(Map.of("endpoint", "fake://b1", "token", "s3cret"), Optional.empty());
        ResolvedAccess changed = platform.resolve(Map.of("endpoint", "fake://b2"), Optional.of(first.access()));

        assertThat(((FakeAccess) changed.access()).token()).isEqualTo("s3cret");
        assertThat(changed.endpoint()).isEqualTo("fake://b2");
        assertThat(changed.access().toString()).doesNotContain("s3cret");
        assertThat(platform.decode(platform.encode(changed.access()))).isEqualTo(changed.access());
    }

    @Test
    void aWrongAddressIsRefusedNamingTheField() {
        assertThatThrownBy(() -> platform.resolve(Map.of("endpoint", "http://b1", "token", "t"), Optional.empty()))
                .isInstanceOfSatisfying(AccessException.class, e -> {
                    assertThat(e.code()).isEqualTo("FAKE-ENDPOINT");
                    assertThat(e.field()).isEqualTo("endpoint");
                });
    }
}
