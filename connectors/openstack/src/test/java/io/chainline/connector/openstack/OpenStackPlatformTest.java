package io.chainline.connector.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.connector.api.AccessException;
import io.chainline.connector.api.ResolvedAccess;
import io.chainline.connector.api.TargetAccess;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The OpenStack form's rules and clouds.yaml, moved here from the console with the platform (ADR 23). */
class OpenStackPlatformTest {

    private static final String CLOUDS_YAML = """
            clouds:
              lab:
                region_name: RegionOne
                auth:
                  auth_url: https://keystone.example:5000/v3
                  username: demo
                  password: pw-SECRET
                  project_name: nfv
                  user_domain_name: Default
            """;

    private final OpenStackPlatform platform = new OpenStackPlatform();

    @Test
    void aCloudOfCloudsYamlBecomesItsAccessAndTheEndpointShowsNoSecret() {
        ResolvedAccess resolved = platform.resolve(Map.of("cloudsYaml", CLOUDS_YAML), Optional.empty());

        OpenStackAccess access = (OpenStackAccess) resolved.access();
        assertThat(access.userName()).contains("demo");
        assertThat(access.password()).contains("pw-SECRET");
        assertThat(resolved.endpoint()).isEqualTo("https://keystone.example:5000/v3 project nfv, region RegionOne");
        assertThat(access.toString()).doesNotContain("pw-SECRET");
        assertThat(platform.decode(platform.encode(access))).isEqualTo(access);
    }

    @Test
    void aMissingCloudOrPasswordIsRefusedNamingIt() {
        assertThatThrownBy(() -> platform.resolve(Map.of("cloudsYaml", CLOUDS_YAML, "cloud", "prod"), Optional.empty()))
                .isInstanceOfSatisfying(
                        AccessException.class, e -> assertThat(e.code()).isEqualTo("FLEET-CLOUD-MISSING"));
        assertThatThrownBy(() -> platform.resolve(
                        Map.of("authUrl", "https://keystone.example:5000/v3", "userName", "demo"), Optional.empty()))
                .isInstanceOfSatisfying(AccessException.class, e -> {
                    assertThat(e.code()).isEqualTo("FLEET-OS-PASSWORD");
                    assertThat(e.field()).isEqualTo("password");
                });
        assertThatThrownBy(() -> platform.resolve(Map.of("cloudsYaml", "clouds: ["), Optional.empty()))
                .isInstanceOfSatisfying(
                        AccessException.class, e -> assertThat(e.code()).isEqualTo("FLEET-CLOUDS-YAML"));
    }

    @Test
    void aBlankPasswordOnAChangeKeepsTheStoredOne() {
        TargetAccess stored = platform.resolve(Map.of("cloudsYaml", CLOUDS_YAML), Optional.empty())
                .access();

        ResolvedAccess changed = platform.resolve(Map.of("region", "RegionTwo"), Optional.of(stored));

        assertThat(((OpenStackAccess) changed.access()).password()).contains("pw-SECRET");
        assertThat(((OpenStackAccess) changed.access()).region()).contains("RegionTwo");
    }
}
