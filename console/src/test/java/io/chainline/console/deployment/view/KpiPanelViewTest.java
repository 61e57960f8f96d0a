package io.chainline.console.deployment.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Span;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.service.DeploymentJson;
import io.chainline.console.support.StoredDeployments;
import io.chainline.console.support.TestClock;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The deployment page's KPI panel: per NF a row of figures with last-hour sparklines, and what cannot be known. */
class KpiPanelViewTest extends ViewTest {

    @Autowired
    DeploymentRepository repository;

    @Autowired
    DeploymentJson json;

    @Autowired
    ChainService chains;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestClock clock;

    private void sample(UUID deployment, String nf, Instant at, Double cpu, Long memory, boolean available) {
        new JdbcTemplate(dataSource)
                .update(
                        "INSERT INTO kpi_sample (deployment_id, nf, sampled_at, available, instances, cpu_cores,"
                                + " memory_bytes, restarts, rx_bytes, tx_bytes, rx_rate, tx_rate)"
                                + " VALUES (?, ?, ?, ?, 1, ?, ?, ?, NULL, NULL, NULL, NULL)",
                        deployment,
                        nf,
                        Timestamp.from(at),
                        available,
                        cpu,
                        memory,
                        available ? 0L : null);
    }

    @Test
    void anNfWithStoredSamplesShowsItsFiguresAsSparklinesAndAnotherSaysItsPlatformCannotSay() {
        Deployment running = new StoredDeployments(repository, json, chains).in(DeploymentState.INSTANTIATED);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        for (int ago : new int[] {90, 60, 30, 20}) {
            sample(running.getId(), "firewall", now.minusSeconds(ago), 0.1 * ago / 10, 64L << 20, true);
        }
        sample(running.getId(), "router", now.minusSeconds(20), null, null, false);

        signIn(TestUsers.VIEWER);
        navigate("deployments/" + running.getId(), DeploymentView.class);

        Span age = byId(Span.class, "deployment-kpis-age");
        assertThat(age.getText()).matches("sampled \\d\\d:\\d\\d:\\d\\d UTC \\(\\d+ s ago\\)");
        assertThat(age.getElement().getAttribute("data-at"))
                .isEqualTo(now.minusSeconds(20).toString());
        List<String> svgs = descendants(byId(Component.class, "kpi-firewall"))
                .filter(Html.class::isInstance)
                .map(h -> ((Html) h).getInnerHtml())
                .toList();
        assertThat(svgs).hasSize(5); // CPU, memory, restarts, received, sent
        assertThat(svgs.getFirst()).contains("<svg").contains("<path d=\"M").contains("sparkline-last");
        assertThat(text(byId(Component.class, "kpi-firewall")))
                .contains("0.20 cores")
                .contains("64.0 MiB")
                .contains("unknown"); // no traffic counters
        assertThat(text(byId(Component.class, "kpi-router"))).contains("not available on this platform");
    }

    @Test
    void aDeploymentNotSampledYetSaysSo() {
        Deployment running = new StoredDeployments(repository, json, chains).in(DeploymentState.INSTANTIATED);

        signIn(TestUsers.VIEWER);
        navigate("deployments/" + running.getId(), DeploymentView.class);

        assertThat(exists("deployment-kpis-none")).isTrue();
        assertThat(exists("deployment-kpis-age")).isFalse();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(KpiPanelViewTest::descendants));
    }

    private static String text(Component root) {
        return String.join(
                " ",
                descendants(root)
                        .filter(c -> c instanceof HasText)
                        .map(c -> ((HasText) c).getText())
                        .toList());
    }
}
