package io.chainline.console.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.LocalRegistries;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ImageServiceIT {

    @Autowired
    ImageService images;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void credentialsAreSealedAtRestAndUsedToResolveAPrivateImage() {
        Map<String, String> locked = LocalRegistries.authenticated();
        images.setCredential(locked.get("REGISTRY"), LocalRegistries.USER, LocalRegistries.PASSWORD, "admin");

        String stored = jdbc.queryForObject(
                "SELECT secret_ciphertext FROM registry_credential WHERE registry = ?",
                String.class,
                locked.get("REGISTRY"));
        assertThat(stored).startsWith("v2:").doesNotContain(LocalRegistries.PASSWORD);
        assertThat(images.credentials()).anySatisfy(c -> {
            assertThat(c.registry()).isEqualTo(locked.get("REGISTRY"));
            assertThat(c.username()).isEqualTo(LocalRegistries.USER);
        });

        ImageService.ImageInfo info = images.resolve(locked.get("MULTI_REF"));

        assertThat(info.digest()).isEqualTo(locked.get("MULTI_DIGEST"));
        assertThat(info.architectures()).containsExactly("amd64", "arm64");
        assertThat(info.warning()).isEmpty();
        assertThat(images.known(locked.get("MULTI_REF"))).contains(info);
    }

    @Test
    void aSingleArchitectureImageCarriesAWarning() {
        ImageService.ImageInfo info = images.resolve(LocalRegistries.anonymous().get("SINGLE_REF"));

        assertThat(info.architectures()).containsExactly("amd64");
        assertThat(info.warning()).hasValueSatisfying(w -> assertThat(w).contains("Only amd64"));
    }
}
