package io.chainline.connector.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.connector.api.Plan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StepsTest {

    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

    private Step step(Plan.Change change, String kind, String name, Runnable work) {
        return new Step(PlainEngine.action(change, kind, name), () -> {
            work.run();
            ran.add(change.name().toLowerCase() + " " + name);
        });
    }

    private Step step(Plan.Change change, String kind, String name) {
        return step(change, kind, name, () -> {});
    }

    @Test
    void containerCreatesRunTogetherBetweenTheNetworksBeforeThemAndTheDeletesAfterThem() {
        CyclicBarrier together = new CyclicBarrier(2);
        Runnable meet = () -> {
            try {
                together.await(10, TimeUnit.SECONDS); // both creates must be running at once to pass
            } catch (Exception e) {
                throw new IllegalStateException("the creates did not run concurrently", e);
            }
        };
        Steps.run(
                List.of(
                        step(Plan.Change.CREATE, "network", "mgmt"),
                        step(Plan.Change.CREATE, "container", "a", meet),
                        step(Plan.Change.UNCHANGED, "container", "b"),
                        step(Plan.Change.UPDATE, "container", "c", meet),
                        step(Plan.Change.DELETE, "container", "old"),
                        step(Plan.Change.DELETE, "network", "gone")),
                new ApplyTimings());

        assertThat(ran.getFirst()).isEqualTo("create mgmt");
        assertThat(ran.subList(1, 3)).containsExactlyInAnyOrder("create a", "update c");
        assertThat(ran.subList(3, ran.size())).containsExactly("delete old", "delete gone");
    }

    @Test
    void theFirstFailureIsThrownOnceTheRunningStepsEndAndNothingAfterItRuns() {
        IllegalStateException refused = new IllegalStateException("engine refused a");
        List<Step> steps = List.of(
                step(Plan.Change.CREATE, "container", "a", () -> {
                    throw refused;
                }),
                step(Plan.Change.CREATE, "container", "b"),
                step(Plan.Change.DELETE, "network", "after"));

        assertThatThrownBy(() -> Steps.run(steps, new ApplyTimings())).isSameAs(refused);
        assertThat(ran).doesNotContain("delete after");
    }
}
