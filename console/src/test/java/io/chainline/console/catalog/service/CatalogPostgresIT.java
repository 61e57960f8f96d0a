package io.chainline.console.catalog.service;

import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@IntegrationTest
class CatalogPostgresIT extends CatalogContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
