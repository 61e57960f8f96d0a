package io.chainline.console.nfvo.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The onboarding lease between consoles on one database: a live owner's upload is never taken, a dead owner's is
 * taken by exactly one console, whatever the upload's age.
 */
class OnboardingLeaseTest {

    private static final Duration STALE = Duration.ofSeconds(30);

    private final TestClock clock = new TestClock();
    private final Instant start = Instant.parse("2026-12-04T10:00:00Z");
    private DriverManagerDataSource db;
    private JdbcTemplate jdbc;

    @BeforeEach
    void database() {
        db = new DriverManagerDataSource("jdbc:h2:mem:lease-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = new JdbcTemplate(db);
        for (String table : OnboardingLease.TABLES) {
            jdbc.execute("CREATE TABLE " + table + " (id UUID PRIMARY KEY, onboarding_state VARCHAR(16) NOT NULL,"
                    + " onboarding_owner VARCHAR(100), onboarding_heartbeat_at TIMESTAMP WITH TIME ZONE)");
        }
        clock.setNow(start);
    }

    private OnboardingLease console(String name) {
        return new OnboardingLease(db, name, clock, STALE);
    }

    private UUID upload(String state) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO vnf_package (id, onboarding_state) VALUES (?, ?)", id, state);
        return id;
    }

    @Test
    void aLiveConsolesUploadIsNeverTakenHoweverOld() {
        OnboardingLease a = console("a");
        OnboardingLease b = console("b");
        UUID id = upload("PROCESSING");
        a.take("vnf_package", id);

        for (int minute = 1; minute <= 30; minute++) {
            clock.setNow(start.plus(Duration.ofMinutes(minute)));
            a.beat();
            assertThat(b.orphans("vnf_package")).isEmpty();
            assertThat(b.claim("vnf_package", id)).isFalse();
        }
    }

    @Test
    void aDeadConsolesUploadIsTakenByExactlyOneConsoleOnceItsLeaseExpires() {
        OnboardingLease dead = console("dead");
        OnboardingLease b = console("b");
        OnboardingLease c = console("c");
        UUID id = upload("PROCESSING");
        dead.take("vnf_package", id);

        clock.setNow(start.plus(STALE.minusSeconds(1)));
        assertThat(b.orphans("vnf_package")).as("still within the lease").isEmpty();

        clock.setNow(start.plus(STALE).plusSeconds(1));
        assertThat(b.orphans("vnf_package")).containsExactly(id);
        assertThat(c.orphans("vnf_package")).containsExactly(id);
        assertThat(b.claim("vnf_package", id)).isTrue();
        assertThat(c.claim("vnf_package", id)).as("b holds it now").isFalse();
        assertThat(jdbc.queryForObject("SELECT onboarding_owner FROM vnf_package WHERE id = ?", String.class, id))
                .isEqualTo("b");
    }

    @Test
    void anUploadWithoutALeaseIsAnOrphanAndOnlyUploadsInFlightAreConsidered() {
        OnboardingLease b = console("b");
        UUID legacy = upload("UPLOADING");
        upload("ONBOARDED");
        upload("ERROR");
        upload("CREATED");

        assertThat(b.orphans("vnf_package")).containsExactly(legacy);
    }

    @Test
    void aConsoleKeepsWhatItHasInHandEvenWhenItsBeatsFailedButNotWhatItReleased() {
        OnboardingLease a = console("a");
        UUID inHand = upload("PROCESSING");
        UUID released = upload("PROCESSING");
        a.take("vnf_package", inHand);
        a.take("vnf_package", released);
        a.release(released);

        clock.setNow(start.plus(STALE).plusSeconds(1));
        // no beat in between, as when the database refused writes for a while
        assertThat(a.orphans("vnf_package")).containsExactly(released);
        a.beat();
        assertThat(console("b").orphans("vnf_package"))
                .as("the worker that died no longer keeps its upload alive")
                .containsExactly(released);
    }
}
