package io.chainline.console.deployment.service;

import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.PostgresDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The same on real PostgreSQL: V012's table, the registry's queries and the keeper's conditional updates. */
@IntegrationTest
@Import(JobEndedDeliveryIT.Flaky.Config.class)
@TestPropertySource(properties = {"chainline.events.check-interval=PT0.5S", "chainline.events.resubmit-after=PT1S"})
class JobEndedDeliveryPostgresIT extends JobEndedDeliveryIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
