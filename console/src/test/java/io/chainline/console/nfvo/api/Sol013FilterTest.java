package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class Sol013FilterTest {

    private static final JsonNode PACKAGE = JsonMapper.builder().build().readTree("""
            {"id":"p1","onboardingState":"ONBOARDED","vnfProductName":"vFirewall, edge","size":42,
             "userDefinedData":{"site":"paris"},"vnfInstance":[{"id":"fw","targets":["lab-a","lab-b"]}]}""");

    private static boolean matches(String filter) {
        return Sol013Filter.parse(filter).matches(PACKAGE);
    }

    @Test
    void termsAreAndedAndValuesOred() {
        assertThat(matches("(eq,onboardingState,ONBOARDED)")).isTrue();
        assertThat(matches("(eq,onboardingState,CREATED,ONBOARDED)")).isTrue();
        assertThat(matches("(eq,onboardingState,ONBOARDED);(eq,userDefinedData.site,lyon)"))
                .isFalse();
        assertThat(matches("(neq,onboardingState,CREATED,ERROR)")).isTrue();
        assertThat(matches("(neq,onboardingState,ONBOARDED)")).isFalse();
    }

    @Test
    void quotedValuesHoldTheGrammarsCharacters() {
        assertThat(matches("(eq,vnfProductName,'vFirewall, edge')")).isTrue();
        assertThat(matches("(cont,vnfProductName,'ll, e')")).isTrue();
        assertThat(matches("(ncont,vnfProductName,router)")).isTrue();
        assertThat(Sol013Filter.parse("(eq,a,'it''s')").terms().getFirst().values())
                .containsExactly("it's");
    }

    @Test
    void numbersCompareByValueAndArraysMatchAnyElement() {
        assertThat(matches("(gt,size,9)")).isTrue();
        assertThat(matches("(lte,size,41)")).isFalse();
        assertThat(matches("(eq,vnfInstance.targets,lab-b)")).isTrue();
        assertThat(matches("(eq,vnfInstance.id,router)")).isFalse();
        assertThat(matches("(eq,missing.attribute,x)")).isFalse();
        assertThat(matches("(neq,missing.attribute,x)")).isTrue();
    }

    @Test
    void aMalformedFilterIsRefusedWithACode() {
        for (String bad : new String[] {"eq,a,b", "(like,a,b)", "(eq,a)", "(eq,a,'open)", "(eq,a,b)x", "(eq,,b)"}) {
            assertThatThrownBy(() -> Sol013Filter.parse(bad))
                    .as(bad)
                    .hasFieldOrPropertyWithValue("code", "FILTER-INVALID");
        }
        assertThatThrownBy(() -> matches("(gt,size,big)")).hasMessageContaining("give a number");
    }
}
