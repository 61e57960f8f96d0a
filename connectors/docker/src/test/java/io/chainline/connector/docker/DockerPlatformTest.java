package io.chainline.connector.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.connector.api.AccessException;
import io.chainline.connector.api.ResolvedAccess;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Docker form's rules, moved here from the console with the platform (ADR 23). */
class DockerPlatformTest {

    private final DockerPlatform platform = new DockerPlatform();

    @Test
    void anEndpointIsADockerHostUrl() {
        ResolvedAccess resolved =
                platform.resolve(Map.of("endpoint", " unix:///var/run/docker.sock "), Optional.empty());

        assertThat(resolved.endpoint()).isEqualTo("unix:///var/run/docker.sock");
        assertThatThrownBy(() -> platform.resolve(Map.of("endpoint", "http://docker:2375"), Optional.empty()))
                .isInstanceOfSatisfying(AccessException.class, e -> {
                    assertThat(e.code()).isEqualTo("FLEET-DOCKER-ENDPOINT");
                    assertThat(e.field()).isEqualTo("endpoint");
                });
        assertThatThrownBy(() -> platform.resolve(Map.of(), Optional.empty()))
                .isInstanceOfSatisfying(
                        AccessException.class, e -> assertThat(e.code()).isEqualTo("FLEET-DOCKER-ENDPOINT"));
    }

    @Test
    void aClientCertificateNeedsItsKey() {
        assertThatThrownBy(() -> platform.resolve(
                        Map.of("endpoint", "tcp://docker:2376", "clientCertificate", "CERT"), Optional.empty()))
                .isInstanceOfSatisfying(AccessException.class, e -> {
                    assertThat(e.code()).isEqualTo("FLEET-DOCKER-TLS");
                    assertThat(e.field()).isEqualTo("clientKey");
                });
    }

    @Test
    void blankSecretsKeepTheStoredOnesAndStoredAccessReadsBack() {
        DockerAccess stored = new DockerAccess(
                URI.create("unix:///run/podman/podman.sock"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());

        ResolvedAccess changed = platform.resolve(Map.of("endpoint", ""), Optional.of(stored));

        assertThat(changed.access()).isEqualTo(stored);
        assertThat(platform.decode(platform.encode(stored))).isEqualTo(stored);
        assertThat(platform.form().field("clientKey").orElseThrow().secret()).isTrue();
    }

    @Test
    void accessDetailsNeverPrintTheirSecrets() {
        var docker = new DockerAccess(
                URI.create("tcp://dock:2376"),
                Optional.of("CA"),
                Optional.of("CERT"),
                Optional.of("s3cr3t-key"),
                Optional.empty());

        assertThat(docker.toString()).doesNotContain("s3cr3t").contains("redacted");
    }
}
