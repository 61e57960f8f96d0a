package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.nfvo.service.KeysetPages.Key;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageMarkerTest {

    private final Key key = new Key(Instant.parse("2026-12-05T11:00:00.123456Z"), UUID.randomUUID());

    @Test
    void aMarkerReadsBackAsTheKeyItWasMadeOf() {
        assertThat(PageMarker.parse(PageMarker.of(key))).contains(key);
        assertThat(PageMarker.parse(null)).isEmpty();
        assertThat(PageMarker.parse(" ")).isEmpty();
    }

    @Test
    void anEditedOrForeignMarkerIsRefusedWithItsCode() {
        String text = new String(Base64.getUrlDecoder().decode(PageMarker.of(key)), StandardCharsets.UTF_8);
        String edited = text.replace("|123456000|", "|123456001|");
        assertThat(edited).isNotEqualTo(text);
        for (String marker : new String[] {
            encode(edited), encode("o:3"), encode("k2" + text.substring(2)), "garbage!", PageMarker.of(key) + "A"
        }) {
            assertThatThrownBy(() -> PageMarker.parse(marker))
                    .as(marker)
                    .isInstanceOfSatisfying(
                            ChainlineException.class, e -> assertThat(e.code()).isEqualTo("PAGING-MARKER-INVALID"));
        }
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
