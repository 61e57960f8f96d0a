package io.chainline.console.catalog.service.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.base.service.OutboundHttp;
import io.chainline.console.base.service.OutboundPolicy;
import io.chainline.console.support.LocalRegistries;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Against real registries (Debian's docker-registry) holding images pushed by podman: no mock in the way. */
class RegistryClientIT {

    private final RegistryClient client =
            new RegistryClient(Set.of(), new OutboundHttp(OutboundPolicy.of("127.0.0.1")));
    private final Map<String, String> open = LocalRegistries.anonymous();
    private final Map<String, String> locked = LocalRegistries.authenticated();

    private ResolvedImage resolve(String reference) {
        return client.resolve(ImageReference.parse(reference), Optional.empty());
    }

    @Test
    void aSinglePlatformImageResolvesToItsDigestAndTheArchitectureOfItsConfig() {
        ResolvedImage image = resolve(open.get("SINGLE_REF"));

        assertThat(image.digest()).isEqualTo(open.get("SINGLE_DIGEST"));
        assertThat(image.mediaType()).isEqualTo(RegistryClient.OCI_MANIFEST);
        assertThat(image.platforms()).containsExactly("linux/amd64");
    }

    @Test
    void anOciIndexListsEveryPlatform() {
        ResolvedImage image = resolve(open.get("MULTI_REF"));

        assertThat(image.digest()).isEqualTo(open.get("MULTI_DIGEST"));
        assertThat(image.mediaType()).isEqualTo(RegistryClient.OCI_INDEX);
        assertThat(image.platforms()).containsExactly("linux/amd64", "linux/arm64/v8");
        assertThat(image.architectures()).containsExactly("amd64", "arm64");
    }

    @Test
    void aDockerManifestListIsReadToo() {
        ResolvedImage image = resolve(open.get("MULTI_DOCKER_REF"));

        assertThat(image.digest()).isEqualTo(open.get("MULTI_DOCKER_DIGEST"));
        assertThat(image.mediaType()).isEqualTo(RegistryClient.DOCKER_LIST);
        assertThat(image.architectures()).containsExactly("amd64", "arm64");
    }

    @Test
    void aReferenceByDigestResolvesToThatDigest() {
        String byDigest = open.get("MULTI_REF").replace(":latest", "") + "@" + open.get("MULTI_DIGEST");

        assertThat(resolve(byDigest).digest()).isEqualTo(open.get("MULTI_DIGEST"));
    }

    @Test
    void aMissingTagIsNotFoundWithACode() {
        assertThatThrownBy(() -> resolve(open.get("REGISTRY") + "/probe/busybox:no-such-tag"))
                .hasFieldOrPropertyWithValue("code", "IMAGE-NOT-FOUND");
    }

    @Test
    void aRegistryWithBasicAuthWantsCredentialsAndRefusesWrongOnes() {
        ImageReference image = ImageReference.parse(locked.get("MULTI_REF"));

        assertThatThrownBy(() -> client.resolve(image, Optional.empty()))
                .hasFieldOrPropertyWithValue("code", "REGISTRY-AUTH-REQUIRED");
        assertThatThrownBy(() -> client.resolve(image, Optional.of(new RegistryCredentials("ciuser", "wrong"))))
                .hasFieldOrPropertyWithValue("code", "REGISTRY-AUTH-REFUSED");
        ResolvedImage resolved = client.resolve(
                image, Optional.of(new RegistryCredentials(LocalRegistries.USER, LocalRegistries.PASSWORD)));
        assertThat(resolved.digest()).isEqualTo(locked.get("MULTI_DIGEST"));
        assertThat(resolved.architectures()).containsExactly("amd64", "arm64");
    }

    @Test
    void anUnreachableRegistryIsReportedNotThrownRaw() {
        assertThatThrownBy(() -> resolve("127.0.0.1:1/probe/busybox:latest"))
                .hasFieldOrPropertyWithValue("code", "REGISTRY-UNREACHABLE")
                .hasMessageContaining("127.0.0.1:1");
    }
}
