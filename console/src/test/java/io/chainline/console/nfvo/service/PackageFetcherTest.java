package io.chainline.console.nfvo.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PackageFetcherTest {

    @Test
    void onlyZipsAndToscaYamlCountAsPackages() {
        assertThat(PackageFetcher.looksLikePackage(new byte[] {'P', 'K', 3, 4, 0}))
                .isTrue();
        assertThat(PackageFetcher.looksLikePackage(
                        "tosca_definitions_version: tosca_simple_yaml_1_3\n".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(PackageFetcher.looksLikePackage("{\"adminToken\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(PackageFetcher.looksLikePackage("<html>login</html>".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
    }
}
