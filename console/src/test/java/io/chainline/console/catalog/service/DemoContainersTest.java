package io.chainline.console.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.VduExtensions;
import org.junit.jupiter.api.Test;

/** The demo's image is configurable, and its network functions are what a plain Docker host runs as they are. */
class DemoContainersTest {

    @Test
    void theDefaultIsThePublicMultiArchImage() {
        assertThat(DemoContainers.image("", "")).isEqualTo("docker.io/traefik/whoami:v1.10.3");
        assertThat(DemoContainers.image(null, null)).isEqualTo(DemoContainers.DEFAULT_IMAGE);
    }

    @Test
    void aRegistryTakesTheImageFromThereUnderTheSameRepositoryAndTag() {
        assertThat(DemoContainers.image("", "mirror.example.net:5000"))
                .isEqualTo("mirror.example.net:5000/traefik/whoami:v1.10.3");
        assertThat(DemoContainers.image("traefik/whoami:v1.10.3", "127.0.0.1:5000/"))
                .isEqualTo("127.0.0.1:5000/traefik/whoami:v1.10.3");
        assertThat(DemoContainers.image("127.0.0.1:5000/nfv/echo:1.0", "localhost:5001"))
                .isEqualTo("localhost:5001/nfv/echo:1.0");
    }

    @Test
    void aChosenImageIsUsedAsItIs() {
        assertThat(DemoContainers.image("127.0.0.1:5000/nfv/echo:1.0", "")).isEqualTo("127.0.0.1:5000/nfv/echo:1.0");
    }

    @Test
    void everyNetworkFunctionIsOneRuncContainerForAmd64OrArm64OnTheImage() {
        assertThat(DemoContainers.vcpe("127.0.0.1:5000/nfv/echo:1.0"))
                .hasSize(3)
                .allSatisfy(vnf -> {
                    assertThat(vnf.flavours().getFirst().vdus())
                            .singleElement()
                            .isInstanceOfSatisfying(ContainerVdu.class, v -> {
                                assertThat(v.containers())
                                        .singleElement()
                                        .satisfies(c -> assertThat(
                                                        c.image().orElseThrow().name())
                                                .isEqualTo("127.0.0.1:5000/nfv/echo:1.0"));
                                assertThat(v.extensions().isolation()).isEqualTo(VduExtensions.Isolation.SHARED_KERNEL);
                                assertThat(v.extensions().runtimeClass()).isEmpty();
                                assertThat(v.extensions().architectures()).containsExactly("amd64", "arm64");
                            });
                    assertThat(new DesignCheck(new ToscaEngines("", java.time.Clock.systemUTC())).check(vnf))
                            .noneMatch(DesignIssue::error);
                });
    }

    @Test
    void theRoutedNetworkFunctionsAreValidDesignsWithAnAddressedDataCpPerPoint() {
        assertThat(DemoContainers.routed("127.0.0.1:5000/nfv/echo:1.0"))
                .hasSize(3)
                .allSatisfy(vnf -> {
                    assertThat(vnf.flavours().getFirst().cps())
                            .allSatisfy(cp -> assertThat(cp.addressing()).isPresent());
                    assertThat(new DesignCheck(new ToscaEngines("", java.time.Clock.systemUTC())).check(vnf))
                            .noneMatch(DesignIssue::error);
                });
    }
}
