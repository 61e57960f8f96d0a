package io.chainline.console.alarm.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import io.chainline.console.alarm.domain.AckState;
import io.chainline.console.alarm.service.AlarmFilter;
import io.chainline.console.base.domain.Fault.Severity;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The alarms view's filter in the URL: whatever the bar shows survives a link or a reload, and garbage is ignored. */
class AlarmsQueryTest {

    @Provide
    Arbitrary<AlarmsQuery> queries() {
        Arbitrary<Set<Severity>> severities = Arbitraries.of(Severity.values()).set();
        Arbitrary<String> state = Arbitraries.of(AlarmsQuery.ACTIVE, AlarmsQuery.CLEARED, AlarmsQuery.ALL);
        Arbitrary<Optional<AckState>> ack = Arbitraries.of(AckState.class).optional();
        Arbitrary<String> words =
                Arbitraries.strings().withChars("abc xyz-&=?%+é#/").ofMaxLength(20);
        Arbitrary<Optional<UUID>> id = Arbitraries.create(UUID::randomUUID).optional();
        return Combinators.combine(severities, state, ack, words, id, id, words, Arbitraries.of(true, false))
                .as((s, st, a, site, target, managed, text, worst) ->
                        new AlarmsQuery(s, st, a, site, target, managed, text, worst, Optional.empty()))
                .flatMap(q -> id.map(q::withAlarm));
    }

    @Property
    void aQueryReadBackFromItsUrlIsTheSame(@ForAll("queries") AlarmsQuery query) {
        String url = query.toParameters().getQueryString();

        assertThat(AlarmsQuery.from(QueryParameters.fromString(url))).isEqualTo(query);
    }

    @Test
    void theDefaultsMakeAPlainLink() {
        assertThat(AlarmsQuery.defaults().location()).isEqualTo("alarms");
        assertThat(AlarmsQuery.from(QueryParameters.empty())).isEqualTo(AlarmsQuery.defaults());
    }

    @Test
    void unknownValuesAreIgnoredNotAnError() {
        AlarmsQuery read = AlarmsQuery.from(QueryParameters.fromString(
                "severity=LOUD&severity=major&state=sideways&ack=maybe&target=nope&deployment=&order=best"));

        assertThat(read).isEqualTo(AlarmsQuery.defaults().withSeverities(Set.of(Severity.MAJOR)));
    }

    @Test
    void aSiteWithoutTargetsSelectsNothingRatherThanEverything() {
        AlarmFilter filter = AlarmsQuery.defaults().withSite("nowhere").filter(site -> Set.of());

        assertThat(filter.targets()).hasSize(1).doesNotContainNull();
        assertThat(filter.active()).contains(true);
    }

    @Test
    void aSiteAndATargetSelectTheTargetOnlyIfItIsThere() {
        UUID paris = UUID.randomUUID();
        UUID lyon = UUID.randomUUID();

        assertThat(AlarmsQuery.defaults()
                        .withSite("fr")
                        .withTarget(Optional.of(paris))
                        .filter(site -> Set.of(paris, lyon))
                        .targets())
                .containsExactly(paris);
        assertThat(AlarmsQuery.defaults()
                        .withSite("de")
                        .withTarget(Optional.of(paris))
                        .filter(site -> Set.of(lyon))
                        .targets())
                .doesNotContain(paris, lyon);
        assertThat(AlarmsQuery.defaults()
                        .withState(AlarmsQuery.ALL)
                        .withSeverities(EnumSet.of(Severity.CRITICAL))
                        .filter(site -> Set.of())
                        .active())
                .isEmpty();
    }
}
