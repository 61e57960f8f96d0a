package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.Sol005Seed;
import io.chainline.console.support.TestUsers;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Key-set paging as a client walks it (ADR 0044; the test page size is 3): every match once, in order, whether the
 * filter runs in SQL, in memory or both; a v1 filter sees the v1 state; LIKE wildcards in a value are literal.
 */
@IntegrationTest
class Sol005KeysetPagingIT {

    private static final String PACKAGES = "/api/vnfpkgm/v2/vnf_packages";
    private static final int ROWS = 10;

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    private Sol005Client api;
    private Sol005Seed seed;

    @BeforeEach
    void seed() {
        TestUsers.ensure(users);
        api = Sol005Client.basic(port, TestUsers.OPERATOR);
        seed = new Sol005Seed(jdbc).write(ROWS, Instant.parse("1991-01-01T00:00:00Z"));
    }

    @AfterEach
    void remove() {
        seed.remove();
    }

    @Test
    void aWalkReturnsEveryMatchOnceInOrderWhereverTheFilterRuns() throws Exception {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            expected.add("vnfd-" + seed.tag() + "-" + i);
        }
        String sql = "(cont,vnfdId,vnfd-" + seed.tag() + ")";
        assertThat(walk(PACKAGES + "?filter=" + sql)).containsExactlyElementsOf(expected);
        assertThat(walk(PACKAGES + "?filter=" + sql + ";(eq,usageState,NOT_IN_USE)"))
                .containsExactlyElementsOf(expected);
        assertThat(walk(PACKAGES + "?filter=(eq,vnfProvider,prov-" + seed.tag() + ");(neq,vnfdId," + expected.get(1)
                        + "," + expected.get(2) + ")"))
                .containsExactlyElementsOf(expected.stream()
                        .filter(v -> !v.equals(expected.get(1)) && !v.equals(expected.get(2)))
                        .toList());
        // nothing in the collection is IN_USE here: the bounded refill ends the walk, no page is invented
        assertThat(walk(PACKAGES + "?filter=" + sql + ";(eq,usageState,IN_USE)"))
                .isEmpty();
        // %, _ and \ are the value's own characters in SQL too, not LIKE's wildcards or escape
        UUID odd = UUID.randomUUID();
        Timestamp at = Timestamp.from(Instant.parse("1991-01-01T00:00:00Z"));
        jdbc.update(
                "INSERT INTO vnf_package (id, onboarding_state, operational_state, catalog_id, vnfd_id,"
                        + " user_defined_json, created_at, created_by, updated_at) VALUES (?, 'ONBOARDED', 'ENABLED',"
                        + " ?, ?, '{}', ?, 'seed', ?)",
                odd,
                UUID.randomUUID(),
                "odd-" + seed.tag() + "-50%_off\\x",
                at,
                at);
        try {
            assertThat(walk(PACKAGES + "?filter=(cont,vnfdId," + seed.tag() + "-50%25_off%5Cx)"))
                    .containsExactly("odd-" + seed.tag() + "-50%_off\\x");
            assertThat(walk(PACKAGES + "?filter=(cont,vnfdId," + seed.tag() + "-5%25)"))
                    .isEmpty();
        } finally {
            jdbc.update("DELETE FROM vnf_package WHERE id = ?", odd);
        }
    }

    @Test
    void aV1FilterOnTheStateSeesTheStateV1Shows() throws Exception {
        UUID failed = UUID.randomUUID();
        Timestamp at = Timestamp.from(Instant.parse("1991-01-01T00:00:00Z"));
        jdbc.update(
                "INSERT INTO vnf_package (id, onboarding_state, operational_state, user_defined_json, created_at,"
                        + " created_by, updated_at) VALUES (?, 'ERROR', 'DISABLED', '{}', ?, 'seed', ?)",
                failed,
                at,
                at);
        try {
            String v1 = "/api/vnfpkgm/v1/vnf_packages?filter=(eq,id," + failed + ");(eq,onboardingState,CREATED)";
            assertThat(api.read(v1).findValuesAsString("id")).containsExactly(failed.toString());
            String v2 = PACKAGES + "?filter=(eq,id," + failed + ");(eq,onboardingState,CREATED)";
            assertThat(api.read(v2).findValuesAsString("id")).isEmpty();
        } finally {
            jdbc.update("DELETE FROM vnf_package WHERE id = ?", failed);
        }
    }

    /** The vnfdIds of every page, following the Link header to the end. */
    private List<String> walk(String first) throws Exception {
        List<String> seen = new ArrayList<>();
        String next = first;
        for (int pages = 0; next != null; pages++) {
            assertThat(pages).as("a walk ends").isLessThan(50);
            HttpResponse<String> page = api.get(next);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            Sol005Client.tree(page).forEach(p -> seen.add(p.path("vnfdId").asString()));
            next = page.headers()
                    .firstValue("Link")
                    .map(l -> l.substring(l.indexOf('<') + 1, l.indexOf('>')))
                    .map(l -> l.substring(l.indexOf("/api/")))
                    .orElse(null);
        }
        return seen;
    }
}
