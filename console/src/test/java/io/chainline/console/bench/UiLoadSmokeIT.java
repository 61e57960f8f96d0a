package io.chainline.console.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.TestUsers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The UI load harness at smoke size (5 users, a few actions each) against the test console: it proves the harness
 * still speaks the UI's protocol (sign-in, bootstrap, navigation) after a Vaadin or security change, so the benchmark
 * does not rot. Asserts only that every action answered without error; timing is the benchmark's business.
 */
@IntegrationTest
class UiLoadSmokeIT {

    @LocalServerPort
    int port;

    @Test
    void fiveUsersNavigateTheViewsAndOpenADescriptorWithoutAnError() throws Exception {
        String base = "http://127.0.0.1:" + port;
        List<String> routes = UiLoadBenchmark.routes(base, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        assertThat(routes).as("the demo catalog has a descriptor to open").anyMatch(r -> r.startsWith("catalog/"));

        UiLoadStats stats = new UiLoad(new UiLoad.Plan(
                        base,
                        TestUsers.ADMIN,
                        TestUsers.ADMIN_PASSWORD,
                        5,
                        Duration.ofSeconds(8),
                        Duration.ofMillis(500),
                        Duration.ofSeconds(1),
                        routes))
                .run();

        assertThat(stats.errorSamples()).as("errors").isEmpty();
        assertThat(stats.sessionsAlive()).isEqualTo(5);
        assertThat(stats.actions()).as("sign-ins and navigations").isGreaterThanOrEqualTo(5 + 5 * 5);
    }
}
