package io.chainline.console.support;

import io.chainline.console.deployment.service.DeploymentJson;
import io.chainline.console.deployment.service.DeploymentSettings;
import io.chainline.console.deployment.service.DesiredState;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for the list tests and the list benchmark, written with JDBC batches (thousands in seconds): deployments with a
 * job of three steps each, targets with two nodes and a runtime class, schedules with two runs each. Every name
 * starts with the seed's prefix, so {@link #remove} takes back exactly what it wrote.
 */
public final class ListSeeds {

    private final JdbcTemplate jdbc;
    private final String desired;
    private final String settings;
    private final Instant base = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(30, ChronoUnit.DAYS);

    public ListSeeds(JdbcTemplate jdbc, DeploymentJson json) {
        this.jdbc = jdbc;
        this.desired = json.write(new DesiredState(UUID.randomUUID(), "1.0", List.of(), List.of()));
        this.settings = json.write(DeploymentSettings.defaults());
    }

    private Timestamp at(int i) {
        return Timestamp.from(base.plusSeconds(i));
    }

    public void deployments(String prefix, int count) {
        List<Object[]> deployments = new ArrayList<>();
        List<Object[]> jobs = new ArrayList<>();
        List<Object[]> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID d = UUID.randomUUID();
            UUID j = UUID.randomUUID();
            deployments.add(new Object[] {d, prefix + i, UUID.randomUUID(), at(i), at(i)});
            jobs.add(new Object[] {j, d, at(i)});
            for (int p = 0; p < 3; p++) {
                steps.add(new Object[] {UUID.randomUUID(), j, p, p < 2 ? "DONE" : "RUNNING"});
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO deployment (id, name, chain_id, chain_name, chain_version, state, settings_json,"
                        + " desired_json, live_json, drift_json, accepted_json, created_at, created_by, updated_at,"
                        + " updated_by) VALUES (?, ?, ?, 'bench-chain', '1.0', 'INSTANTIATED', '" + settings + "', '"
                        + desired + "', '{}', '[]', '[]', ?, 'bench', ?, 'bench')",
                deployments);
        jdbc.batchUpdate(
                "INSERT INTO deployment_job (id, deployment_id, operation, state, request_json, started_by, created_at,"
                        + " error_code, error_message, cancel_requested) VALUES (?, ?, 'INSTANTIATE', 'RUNNING', '{}',"
                        + " 'bench', ?, '', '', FALSE)",
                jobs);
        jdbc.batchUpdate(
                "INSERT INTO job_step (id, job_id, position, kind, target_name, title, detail, state, attempts, message)"
                        + " VALUES (?, ?, ?, 'APPLY', 'bench', 'step', '', ?, 0, '')",
                steps);
    }

    public void targets(String prefix, int count) {
        List<Object[]> targets = new ArrayList<>();
        List<Object[]> nodes = new ArrayList<>();
        List<Object[]> classes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID t = UUID.randomUUID();
            String name = prefix + String.format("%06d", i);
            targets.add(new Object[] {t, name, name.toLowerCase(java.util.Locale.ROOT), at(i), at(i)});
            for (int p = 0; p < 2; p++) {
                nodes.add(new Object[] {t, p, "node-" + p, p == 0});
            }
            classes.add(new Object[] {t, 0, "runc", "runc"});
        }
        jdbc.batchUpdate(
                "INSERT INTO fleet_target (id, name, name_key, kind, site, region, labels, endpoint, access_sealed,"
                        + " health, health_message, server_version, sync_message, created_at, created_by, updated_at,"
                        + " updated_by) VALUES (?, ?, ?, 'DOCKER', 'bench', 'bench', '', 'tcp://127.0.0.1:1', '',"
                        + " 'UNKNOWN', '', '', '', ?, 'bench', ?, 'bench')",
                targets);
        jdbc.batchUpdate(
                "INSERT INTO fleet_node (target_id, position, name, architecture, reported_architecture,"
                        + " operating_system, milli_cpu, memory_bytes, labels, ready) VALUES (?, ?, ?, 'amd64', 'amd64',"
                        + " 'linux', 2000, 4294967296, '', ?)",
                nodes);
        jdbc.batchUpdate(
                "INSERT INTO fleet_runtime_class (target_id, position, name, handler) VALUES (?, ?, ?, ?)", classes);
    }

    /** Schedules with two runs each: {@code count} schedules and twice as many runs. */
    public void schedules(String prefix, int count) {
        List<Object[]> schedules = new ArrayList<>();
        List<Object[]> runs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID s = UUID.randomUUID();
            String name = prefix + String.format("%06d", i);
            Timestamp next = i % 10 == 0
                    ? null
                    : Timestamp.from(base.plus(60, ChronoUnit.DAYS).plusSeconds(i / 3));
            schedules.add(new Object[] {
                s,
                name,
                name,
                "{\"operation\":\"RECONCILE\",\"deploymentName\":\"" + name + "\"}",
                next,
                next,
                at(i),
                at(i)
            });
            for (int r = 0; r < 2; r++) {
                runs.add(new Object[] {UUID.randomUUID(), s, at(i * 2 + r), at(i * 2 + r), at(i * 2 + r)});
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO job_schedule (id, name, operation, deployment_name, job_json, recurrence_kind, expression,"
                        + " starts_local, zone_id, ticket, owner, missed_policy, slip_minutes, window_policy,"
                        + " override_reason, stop_on_fail, state, state_reason, next_nominal_at, next_effective_at,"
                        + " effective_reason, created_at, created_by, updated_at, updated_by) VALUES (?, ?,"
                        + " 'RECONCILE', ?, ?, 'ONCE', '', TIMESTAMP '2030-01-01 00:00:00', 'UTC', '', 'bench',"
                        + " 'SKIP', 0, 'WAIT', '', FALSE, 'ACTIVE', '', ?, ?, '', ?, 'bench', ?, 'bench')",
                schedules);
        jdbc.batchUpdate(
                "INSERT INTO schedule_run (id, schedule_id, nominal_at, due_at, started_at, result, executed_by, detail)"
                        + " VALUES (?, ?, ?, ?, ?, 'SUCCEEDED', 'bench', '')",
                runs);
    }

    /** Deletes what the seeds with this prefix wrote (jobs, steps, nodes and runs go with their parents). */
    public void remove(String prefix) {
        jdbc.update("DELETE FROM deployment WHERE name LIKE ?", prefix + "%");
        jdbc.update("DELETE FROM fleet_target WHERE name LIKE ?", prefix + "%");
        jdbc.update("DELETE FROM job_schedule WHERE name LIKE ?", prefix + "%");
    }
}
