package io.chainline.console.catalog.service.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageReferenceTest {

    @Test
    void readsRegistryRepositoryAndTagAsDockerDoes() {
        assertThat(ImageReference.parse("registry.example.net:5000/nfv/fw:4.2"))
                .isEqualTo(new ImageReference("registry.example.net:5000", "nfv/fw", "4.2"));
        assertThat(ImageReference.parse("nginx"))
                .isEqualTo(new ImageReference("registry-1.docker.io", "library/nginx", "latest"));
        assertThat(ImageReference.parse("docker.io/bitnami/redis:7"))
                .isEqualTo(new ImageReference("registry-1.docker.io", "bitnami/redis", "7"));
        assertThat(ImageReference.parse("localhost/probe/busybox").registry()).isEqualTo("localhost");
        String digest = "sha256:" + "a".repeat(64);
        assertThat(ImageReference.parse("127.0.0.1:5000/probe/busybox@" + digest)
                        .digest())
                .hasValue(digest);
    }

    @Test
    void refusesWhatIsNoReferenceWithACode() {
        for (String bad : new String[] {"", "Upper/Case:1", "repo@sha256:short", "repo:bad tag"}) {
            assertThatThrownBy(() -> ImageReference.parse(bad))
                    .as(bad)
                    .hasFieldOrPropertyWithValue("code", "IMAGE-REFERENCE-INVALID");
        }
    }
}
