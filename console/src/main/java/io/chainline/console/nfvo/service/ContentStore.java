package io.chainline.console.nfvo.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The uploaded packages and descriptors, byte for byte, apart from their resources so a listing never reads them.
 * Plain JDBC: an entity would only add a second copy of up to 64 MB in the persistence context.
 */
@Component
class ContentStore {

    private final JdbcTemplate jdbc;

    ContentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void put(UUID owner, byte[] bytes) {
        jdbc.update("DELETE FROM sol005_content WHERE owner_id = ?", owner);
        jdbc.update("INSERT INTO sol005_content (owner_id, bytes) VALUES (?, ?)", owner, bytes);
    }

    Optional<byte[]> get(UUID owner) {
        List<byte[]> found =
                jdbc.query("SELECT bytes FROM sol005_content WHERE owner_id = ?", (rs, i) -> rs.getBytes(1), owner);
        return found.stream().findFirst();
    }

    void delete(UUID owner) {
        jdbc.update("DELETE FROM sol005_content WHERE owner_id = ?", owner);
    }
}
