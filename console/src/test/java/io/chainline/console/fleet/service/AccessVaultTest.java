package io.chainline.console.fleet.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.connector.api.Platform;
import io.chainline.connector.api.TargetAccess;
import io.chainline.connector.docker.DockerAccess;
import io.chainline.connector.kubernetes.KubernetesAccess;
import io.chainline.connector.openstack.OpenStackAccess;
import io.chainline.console.base.service.ChainlineProperties;
import io.chainline.console.base.service.SecretBox;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access details sealed before platforms were plug-ins (the access record itself as JSON) open unchanged, and what is
 * sealed now opens to the same record: no stored target needs its credentials entered again.
 */
class AccessVaultTest {

    @TempDir
    Path home;

    private final List<Platform> installed = ServiceLoader.load(Platform.class).stream()
            .map(ServiceLoader.Provider::get)
            .toList();

    private static final List<TargetAccess> SAMPLES = List.of(
            KubernetesAccess.ofToken(URI.create("https://api.example:6443"), Optional.of("CA"), "tok-1"),
            KubernetesAccess.ofKubeconfig("apiVersion: v1\n", Optional.of("edge-admin")),
            new OpenStackAccess(
                    URI.create("https://keystone.example:5000/v3"),
                    Optional.of("demo"),
                    Optional.of("Default"),
                    Optional.of("pw-1"),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("nfv"),
                    Optional.of("Default"),
                    Optional.of("RegionOne"),
                    Optional.empty()),
            new DockerAccess(
                    URI.create("tcp://docker.example:2376"),
                    Optional.of("CA"),
                    Optional.of("CERT"),
                    Optional.of("KEY"),
                    Optional.empty()));

    private AccessVault vault(SecretBox box) {
        return new AccessVault(box, new ConnectorRegistry(installed, Clock.systemUTC()));
    }

    private SecretBox box() {
        return new SecretBox(Base64.getEncoder().encodeToString(new byte[32]), new ChainlineProperties(home, false));
    }

    @Test
    void rowsSealedAsTheAccessRecordItselfOpenUnchanged() {
        SecretBox box = box();
        JsonMapper before = JsonMapper.builder().build();

        for (TargetAccess access : SAMPLES) {
            // exactly what the vault wrote before ADR 23
            String sealed = box.seal(before.writeValueAsString(access));

            assertThat(vault(box).open(access.kind(), sealed)).isEqualTo(access);
        }
    }

    @Test
    void whatIsSealedNowOpensToTheSameRecord() {
        AccessVault vault = vault(box());

        for (TargetAccess access : SAMPLES) {
            assertThat(vault.open(access.kind(), vault.seal(access))).isEqualTo(access);
        }
    }
}
