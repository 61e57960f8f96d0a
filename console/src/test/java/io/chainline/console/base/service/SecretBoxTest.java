package io.chainline.console.base.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    @TempDir
    Path home;

    private SecretBox box(String key) {
        return new SecretBox(key, new ChainlineProperties(home, false));
    }

    @Test
    void sealsSoThatOnlyTheSameKeyOpensAndNoTwoSealsLookAlike() {
        SecretBox box = box(Base64.getEncoder().encodeToString(new byte[32]));

        String first = box.seal("s3cret registry token");
        String second = box.seal("s3cret registry token");

        assertThat(first).startsWith("v1:").doesNotContain("s3cret").isNotEqualTo(second);
        assertThat(box.open(first)).isEqualTo("s3cret registry token");
        byte[] other = new byte[32];
        other[0] = 1;
        assertThatThrownBy(() -> box(Base64.getEncoder().encodeToString(other)).open(first))
                .hasFieldOrPropertyWithValue("code", "SECRET-UNREADABLE");
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceReadableOnlyByTheOwner() throws Exception {
        String sealed = box("").seal("token");

        Path key = home.resolve("secret.key");
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(box("").open(sealed)).as("the same key after a restart").isEqualTo("token");
    }

    @Test
    void aKeyOfTheWrongLengthStopsStartWithAHint() {
        assertThatThrownBy(() -> box(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("openssl rand -base64 32");
    }
}
