package io.chainline.console.deployment.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sampled figures (V020 {@code kpi_sample}), shared by every console replica: plain SQL, since the rows are a
 * time series appended and pruned in bulk rather than entities with a life of their own.
 */
@Component
class KpiStore {

    /** A deployment's latest figures for one NF, with the deployment's name (the Prometheus label). */
    record Latest(UUID deploymentId, String deployment, NfKpi kpi) {}

    private static final String COLUMNS = "k.nf, k.sampled_at, k.available, k.instances, k.cpu_cores, k.memory_bytes,"
            + " k.restarts, k.rx_bytes, k.tx_bytes, k.rx_rate, k.tx_rate, k.forwarded_packets";

    private final JdbcTemplate jdbc;

    KpiStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    void save(UUID deployment, List<NfKpi> figures) {
        for (NfKpi k : figures) {
            try {
                jdbc.update(
                        "INSERT INTO kpi_sample (deployment_id, nf, sampled_at, available, instances, cpu_cores,"
                                + " memory_bytes, restarts, rx_bytes, tx_bytes, rx_rate, tx_rate, forwarded_packets)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        deployment,
                        k.nf(),
                        Timestamp.from(k.at()),
                        k.available(),
                        k.instances(),
                        k.cpuCores(),
                        k.memoryBytes(),
                        k.restarts(),
                        k.rxBytes(),
                        k.txBytes(),
                        k.rxRate(),
                        k.txRate(),
                        k.forwardedPackets());
            } catch (DuplicateKeyException sameRound) {
                // another console sampled the same NF at the same instant (a lease changing hands): one row is enough
            }
        }
    }

    /** Each NF's most recent figures, by NF. */
    Map<String, NfKpi> latest(UUID deployment) {
        Map<String, NfKpi> latest = new LinkedHashMap<>();
        jdbc.query(
                        "SELECT " + COLUMNS + " FROM kpi_sample k WHERE k.deployment_id = ? AND k.sampled_at = "
                                + "(SELECT MAX(l.sampled_at) FROM kpi_sample l"
                                + " WHERE l.deployment_id = k.deployment_id AND l.nf = k.nf) ORDER BY k.nf",
                        (rs, n) -> kpi(rs),
                        deployment)
                .forEach(k -> latest.put(k.nf(), k));
        return latest;
    }

    /** The deployment's figures since {@code since}, by NF (in name order) and time. */
    List<NfKpi> series(UUID deployment, Instant since) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM kpi_sample k WHERE k.deployment_id = ? AND k.sampled_at >= ?"
                        + " ORDER BY k.nf, k.sampled_at",
                (rs, n) -> kpi(rs),
                deployment,
                Timestamp.from(since));
    }

    /** Every deployment's latest figures per NF, taken no earlier than {@code since} (older ones are stale). */
    List<Latest> latestEverywhere(Instant since) {
        return jdbc.query(
                "SELECT k.deployment_id, d.name, " + COLUMNS + " FROM kpi_sample k"
                        + " JOIN deployment d ON d.id = k.deployment_id"
                        + " WHERE k.sampled_at >= ? AND k.sampled_at = (SELECT MAX(l.sampled_at) FROM kpi_sample l"
                        + " WHERE l.deployment_id = k.deployment_id AND l.nf = k.nf) ORDER BY d.name, k.nf",
                (rs, n) -> new Latest(rs.getObject("deployment_id", UUID.class), rs.getString("name"), kpi(rs)),
                Timestamp.from(since));
    }

    /** Deletes what is older than {@code before}; returns how many rows went. */
    int prune(Instant before) {
        return jdbc.update("DELETE FROM kpi_sample WHERE sampled_at < ?", Timestamp.from(before));
    }

    private static NfKpi kpi(ResultSet rs) throws SQLException {
        return new NfKpi(
                rs.getString("nf"),
                rs.getObject("sampled_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("available"),
                rs.getInt("instances"),
                rs.getObject("cpu_cores", Double.class),
                rs.getObject("memory_bytes", Long.class),
                rs.getObject("restarts", Long.class),
                rs.getObject("rx_bytes", Long.class),
                rs.getObject("tx_bytes", Long.class),
                rs.getObject("rx_rate", Double.class),
                rs.getObject("tx_rate", Double.class),
                rs.getObject("forwarded_packets", Long.class));
    }
}
