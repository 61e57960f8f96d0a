package io.chainline.console.base.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartupReporterTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jdbc:postgresql://db:5432/chainline?user=x&password=s3cret | jdbc:postgresql://db:5432/chainline?user=x&password=***",
                "jdbc:postgresql://chainline:s3cret@db:5432/chainline | jdbc:postgresql://***@db:5432/chainline",
                "jdbc:h2:file:/home/noc/.chainline/db/chainline;PASSWORD=s3cret | jdbc:h2:file:/home/noc/.chainline/db/chainline;PASSWORD=***",
                "jdbc:h2:file:/tmp/db | jdbc:h2:file:/tmp/db"
            })
    void theStartupLineNeverCarriesDatabaseCredentials(String url, String logged) {
        assertThat(StartupReporter.redact(url)).isEqualTo(logged).doesNotContain("s3cret");
    }
}
