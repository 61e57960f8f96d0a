package io.chainline.console.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same contract on real PostgreSQL: the server .ci/run starts, or an embedded one locally. */
@IntegrationTest
class UserPersistencePostgresIT extends UserPersistenceContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Test
    void theConsoleReallyRunsOnPostgresql() {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        assertThat(product).isEqualTo("PostgreSQL");
        System.out.println("PostgreSQL for tests: " + PostgresDatabase.origin());
    }
}
