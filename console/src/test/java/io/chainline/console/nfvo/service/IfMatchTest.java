package io.chainline.console.nfvo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** RFC 9110 §13.1.1 as SOL005 resources apply it: optional, strong comparison, lists and {@code *}. */
class IfMatchTest {

    private static final String NOW = IfMatch.etag("{\"id\":\"a\",\"operationalState\":\"ENABLED\"}");

    @Test
    void anAbsentHeaderOrStarAllowsTheChange() {
        assertThat(IfMatch.parse(null).matches(NOW)).isTrue();
        assertThat(IfMatch.parse(" ").matches(NOW)).isTrue();
        assertThat(IfMatch.parse("*").matches(NOW)).isTrue();
    }

    @Test
    void theCurrentStrongTagAloneOrInAListMatches() {
        assertThat(IfMatch.parse(NOW).matches(NOW)).isTrue();
        assertThat(IfMatch.parse("\"old\", " + NOW).matches(NOW)).isTrue();
        assertThat(IfMatch.parse("\"old\",\"older\"").matches(NOW)).isFalse();
    }

    @Test
    void aWeakTagNeverMatchesEvenWithTheSameOpaqueValue() {
        assertThat(IfMatch.parse("W/" + NOW).matches(NOW)).isFalse();
        assertThat(IfMatch.parse("W/" + NOW + ", " + NOW).matches(NOW)).isTrue();
    }

    @Test
    void aStaleTagIsRefusedAs412WithTheResourcesCode() {
        assertThatThrownBy(() -> IfMatch.parse("\"stale\"").require(() -> NOW, "NSD", "NS descriptor"))
                .isInstanceOfSatisfying(ChainlineException.class, e -> {
                    assertThat(e.code()).isEqualTo("NSD-CHANGED");
                    assertThat(e.category()).isEqualTo(Category.PRECONDITION_FAILED);
                    assertThat(e.getMessage()).contains(NOW);
                });
    }

    @Test
    void theCurrentTagIsComputedOnlyWhenTheConditionNeedsIt() {
        IfMatch.ABSENT.require(
                () -> {
                    throw new AssertionError("no If-Match: nothing to compare");
                },
                "NSD",
                "NS descriptor");
        IfMatch.parse("*")
                .require(
                        () -> {
                            throw new AssertionError("*: any current representation");
                        },
                        "NSD",
                        "NS descriptor");
    }

    @Test
    void somethingThatIsNoEntityTagIsA400() {
        for (String bad : new String[] {"3", "\"unclosed", "\"a\" \"b\"", "W/x", "\"a\";"}) {
            assertThatThrownBy(() -> IfMatch.parse(bad)).as(bad).isInstanceOfSatisfying(ChainlineException.class, e -> {
                assertThat(e.code()).isEqualTo("IF-MATCH-INVALID");
                assertThat(e.category()).isEqualTo(Category.MALFORMED);
            });
        }
    }

    @Property
    void theTagOfARepresentationIsStableQuotedAndChangesWithIt(@ForAll String json, @ForAll String other) {
        String tag = IfMatch.etag(json);
        assertThat(tag).isEqualTo(IfMatch.etag(json)).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(IfMatch.parse(tag).matches(tag)).isTrue();
        if (!json.equals(other)) {
            assertThat(IfMatch.etag(other)).isNotEqualTo(tag);
        }
    }
}
