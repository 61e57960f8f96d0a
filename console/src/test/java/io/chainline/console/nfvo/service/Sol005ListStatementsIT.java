package io.chainline.console.nfvo.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.Sol005Seed;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every SOL005 collection reads a page in the same number of SQL statements whether it holds 1 row or 100 (issue
 * 24, ADR 0044). Counted with Hibernate's statistics, never timed; the shared context's background work may add
 * statements to one measurement, so each is the least of a few.
 */
@IntegrationTest
class Sol005ListStatementsIT {

    private static final int ROWS = 101;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entities;

    @Autowired
    VnfPackageService packages;

    @Autowired
    NsdService nsds;

    @Autowired
    PnfdService pnfds;

    @Autowired
    OpOccService occurrences;

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    NsInstanceService instances;

    private Sol005Seed seed;
    private Statistics statistics;

    @BeforeEach
    void seed() {
        // before every other row, so the first pages are these
        seed = new Sol005Seed(jdbc).write(ROWS, Instant.parse("1990-01-01T00:00:00Z"));
        statistics = entities.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void remove() {
        seed.remove();
    }

    @Test
    void aPageOfOneAndAPageOfAHundredCostTheSameStatements() {
        Map<String, Function<KeysetPages.Request, List<?>>> collections = Map.of(
                "ns_instances", instances::page,
                "vnf_packages", packages::page,
                "ns_descriptors", nsds::page,
                "pnf_descriptors", pnfds::page,
                "ns_lcm_op_occs", occurrences::page,
                "subscriptions", r -> subscriptions.page("vnfpkgm", "v2", r));
        collections.forEach((name, collection) -> {
            long one = statements(collection, 1);
            long hundred = statements(collection, 100);
            assertThat(hundred).as(name + ": a page of 100 against a page of 1").isEqualTo(one);
            assertThat(one).as(name).isBetween(1L, 8L);
        });
    }

    @Test
    void aFilterOnColumnsAndAMarkerKeepTheCount() {
        KeysetPages.Term provider = new KeysetPages.Term("eq", "vnfProvider", List.of("prov-" + seed.tag()));
        List<KeysetPages.Keyed<Sol005Views.VnfPkgInfo>> first =
                packages.page(new KeysetPages.Request(List.of(provider), Optional.empty(), 50));
        assertThat(first).hasSize(50).allMatch(k -> k.view().vnfProvider().equals("prov-" + seed.tag()));
        KeysetPages.Request rest = new KeysetPages.Request(
                List.of(provider), Optional.of(first.getLast().key()), 100);
        List<KeysetPages.Keyed<Sol005Views.VnfPkgInfo>> second = packages.page(rest);
        assertThat(second).hasSize(ROWS - 50);
        assertThat(second.getFirst().view().vnfdId()).isEqualTo("vnfd-" + seed.tag() + "-50");
        assertThat(statements(r -> packages.page(rest), 0)).isEqualTo(statements(packages::page, 1));
    }

    /** The least number of statements over a few reads of one page of {@code size} rows (0: as given). */
    private long statements(Function<KeysetPages.Request, List<?>> collection, int size) {
        return IntStream.range(0, 3)
                .mapToLong(i -> {
                    statistics.clear();
                    List<?> page = collection.apply(new KeysetPages.Request(List.of(), Optional.empty(), size));
                    if (size > 0) {
                        assertThat(page).hasSize(size);
                    }
                    return statistics.getPrepareStatementCount();
                })
                .min()
                .orElseThrow();
    }
}
