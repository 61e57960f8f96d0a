package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.nfvo.service.Sol005Views;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A filter may only name what the resource has (SOL013 §5.2.2: otherwise 400), nested and renamed ones included. */
class Sol013AttributesTest {

    @Test
    void attributesOfTheResourceAndBelowItsMapsAreNamed() {
        assertThat(Sol013Attributes.names(Sol005Views.VnfPkgInfo.class, List.of("onboardingState")))
                .isTrue();
        assertThat(Sol013Attributes.names(Sol005Views.VnfPkgInfo.class, List.of("checksum", "algorithm")))
                .isTrue();
        assertThat(Sol013Attributes.names(Sol005Views.VnfPkgInfo.class, List.of("userDefinedData", "owner", "x")))
                .isTrue();
        assertThat(Sol013Attributes.names(Sol005Views.VnfPkgInfo.class, List.of("_links", "self", "href")))
                .isTrue();
        assertThat(Sol013Attributes.names(Sol005Views.NsInstanceView.class, List.of("vnfInstance", "vnfdId")))
                .as("through a list to its elements")
                .isTrue();
    }

    @Test
    void anAttributeTheResourceDoesNotHaveIsA400ThatListsTheOnesItHas() {
        assertThat(Sol013Attributes.names(Sol005Views.VnfPkgInfo.class, List.of("nfvId")))
                .isFalse();
        assertThat(Sol013Attributes.names(Sol005Views.VnfPkgInfo.class, List.of("onboardingState", "deeper")))
                .as("a scalar has nothing below it")
                .isFalse();
        assertThat(Sol013Attributes.names(Sol005Views.VnfPkgInfo.class, List.of("links")))
                .as("the JSON name counts, not the Java one")
                .isFalse();

        assertThatThrownBy(() ->
                        Sol013Attributes.require(Sol005Views.VnfPkgInfo.class, Sol013Filter.parse("(eq,nfvId,x)")))
                .isInstanceOf(ChainlineException.class)
                .hasMessageContaining("'nfvId' is not an attribute of VnfPkgInfo")
                .hasMessageContaining("onboardingState")
                .extracting(e -> ((ChainlineException) e).category())
                .isEqualTo(ChainlineException.Category.MALFORMED);
    }
}
