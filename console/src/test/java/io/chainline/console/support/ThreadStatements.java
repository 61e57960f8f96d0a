package io.chainline.console.support;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the calling thread (set as the session factory's statement
 * inspector), so a statement-count test is not disturbed by the console's background work on other threads, which
 * the session factory's global statistics would also count.
 */
public final class ThreadStatements implements StatementInspector {

    /** The property that installs it, for {@code @TestPropertySource}. */
    public static final String PROPERTY = "spring.jpa.properties.hibernate.session_factory.statement_inspector="
            + "io.chainline.console.support.ThreadStatements";

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        return sql;
    }

    public static void reset() {
        COUNT.get()[0] = 0;
    }

    public static long count() {
        return COUNT.get()[0];
    }
}
