package io.chainline.connector.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ArchitectureTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "amd64, amd64", // Kubernetes label, OCI index
        "x86_64, amd64", // docker info, Swarm node.platform.arch, OpenStack hw_architecture
        "X86_64, amd64",
        " x86-64 , amd64",
        "arm64, arm64",
        "aarch64, arm64", // docker info, OpenStack
        "arm64/v8, arm64", // OCI platform with variant
        "armv7l, arm",
        "ppc64le, ppc64le",
        "s390x, s390x"
    })
    void everyPlatformSpellingNormalisesToTheOciName(String platformName, String expected) {
        assertThat(Architecture.of(platformName).ociName()).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "mips", "sparc64"})
    void unknownOrBlankNamesParseToEmpty(String name) {
        assertThat(Architecture.parse(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mips", "itanium"})
    void ofRefusesUnknownNamesAndSaysWhatIsAccepted(String name) {
        assertThatThrownBy(() -> Architecture.of(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + name + "'")
                .hasMessageContaining("amd64")
                .hasMessageContaining("arm64");
    }
}
