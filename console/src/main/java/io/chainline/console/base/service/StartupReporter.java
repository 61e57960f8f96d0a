package io.chainline.console.base.service;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Prints one structured (key=value) line when the console is ready: what runs, on which database, where to open it.
 * Operators grep for it; the performance figures in docs/performance.md are read from it.
 */
@Component
class StartupReporter {

    private static final Logger log = LoggerFactory.getLogger(StartupReporter.class);
    /** user:password@ in a URL and password=… parameters must never reach a log. */
    private static final Pattern URL_SECRETS =
            Pattern.compile("(//)[^/@]*@|((?i)password|pwd|sslpassword|sslkey)=[^;&]*");

    private final DataSource dataSource;
    private final Environment environment;
    private final ObjectProvider<BuildProperties> buildProperties;

    StartupReporter(DataSource dataSource, Environment environment, ObjectProvider<BuildProperties> buildProperties) {
        this.dataSource = dataSource;
        this.environment = environment;
        this.buildProperties = buildProperties;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        double startSeconds = event.getTimeTaken() == null
                ? ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0
                : event.getTimeTaken().toMillis() / 1000.0;
        log.info(
                "chainline.started version={} database=\"{}\" jdbcUrl={} url={} profiles={} startSeconds={} java={}",
                Optional.ofNullable(buildProperties.getIfAvailable())
                        .map(BuildProperties::getVersion)
                        .orElse("dev"),
                databaseProduct(),
                redact(jdbcUrl()),
                consoleUrl(),
                Arrays.toString(environment.getActiveProfiles()),
                String.format(java.util.Locale.ROOT, "%.2f", startSeconds),
                Runtime.version().feature());
    }

    static String redact(String url) {
        return url == null ? "" : URL_SECRETS.matcher(url).replaceAll(m -> m.group(1) != null ? "//***@" : "$2=***");
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            return "unavailable (" + e.getMessage() + ")";
        }
    }

    private String jdbcUrl() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            return null;
        }
    }

    private String consoleUrl() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String host = environment.getProperty("server.address", "localhost");
        String contextPath = environment.getProperty("server.servlet.context-path", "");
        return "http://" + host + ":" + port + contextPath + "/";
    }
}
