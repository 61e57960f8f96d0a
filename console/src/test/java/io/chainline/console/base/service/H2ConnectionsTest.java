package io.chainline.console.base.service;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The embedded database keeps taking writes after the connection that ran the migrations is gone. H2 2.4.240 broke
 * this: a CHECK (... IN (...)) constraint kept a reference to the session that created it, so once the pool retired
 * that connection every insert into such a table failed with "The database has been closed" until a restart (what a
 * NOC walkthrough hit creating a chain, and issue 19's "every write failed while health said UP"). Flyway runs the
 * real migrations on one connection, which is closed, and a second connection then inserts a fleet target.
 */
class H2ConnectionsTest {

    @Test
    void writesToCheckedTablesWorkAfterTheMigratingConnectionIsClosed() throws Exception {
        String url = "jdbc:h2:mem:h2-sessions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
            Flyway.configure()
                    .dataSource(url, "sa", "")
                    .locations("filesystem:../db-migrations")
                    .load()
                    .migrate(); // on a connection of its own, closed when it is done
            try (Connection later = DriverManager.getConnection(url, "sa", "");
                    PreparedStatement insert = later.prepareStatement(
                            "insert into fleet_target (id, name, name_key, kind, site, region, labels, endpoint,"
                                    + " access_sealed, health, health_message, server_version, sync_message,"
                                    + " created_at, created_by, updated_at, updated_by) values (?, 'lab', 'lab',"
                                    + " 'DOCKER', '', '', '', '', '', 'UNKNOWN', '', '', '', current_timestamp, 't',"
                                    + " current_timestamp, 't')")) {
                insert.setObject(1, UUID.randomUUID());
                assertThatCode(insert::executeUpdate).doesNotThrowAnyException();
            }
        }
    }
}
