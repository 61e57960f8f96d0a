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

        assertThat(first).startsWith("v2:").doesNotContain("s3cret").isNotEqualTo(second);
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

    @Test
    void afterARotationTheOldKeyStillOpensWhatItSealedUntilItIsResealed() {
        String oldKey = Base64.getEncoder().encodeToString(new byte[32]);
        byte[] fresh = new byte[32];
        fresh[31] = 7;
        String newKey = Base64.getEncoder().encodeToString(fresh);
        String sealedBefore = box(oldKey).seal("kubeconfig");
        String firstFormat = "v1:" + sealedBefore.substring(sealedBefore.indexOf(':', 3) + 1);
        SecretBox rotating = new SecretBox(newKey, "", oldKey, new ChainlineProperties(home, false));

        assertThat(rotating.open(sealedBefore)).isEqualTo("kubeconfig");
        assertThat(rotating.open(firstFormat)).isEqualTo("kubeconfig");
        assertThat(rotating.isStale(sealedBefore)).isTrue();
        assertThat(rotating.isStale(firstFormat)).isTrue();
        String resealed = rotating.seal(rotating.open(sealedBefore));
        assertThat(rotating.isStale(resealed)).isFalse();
        assertThat(box(newKey).open(resealed)).isEqualTo("kubeconfig");
        assertThatThrownBy(() -> box(newKey).open(sealedBefore))
                .hasFieldOrPropertyWithValue("code", "SECRET-UNREADABLE")
                .hasMessageContaining("CHAINLINE_MASTER_KEY_PREVIOUS");
    }

    @Test
    void theMasterKeyWinsOverTheEarlierVariableName() {
        String master = Base64.getEncoder().encodeToString(new byte[32]);
        byte[] other = new byte[32];
        other[0] = 9;
        SecretBox both = new SecretBox(
                master, Base64.getEncoder().encodeToString(other), "", new ChainlineProperties(home, false));

        assertThat(box(master).open(both.seal("x"))).isEqualTo("x");
    }
}
