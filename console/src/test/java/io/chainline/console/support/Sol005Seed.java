package io.chainline.console.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of every SOL005 collection written straight into the tables (the list tests and the list benchmark need
 * thousands, which onboarding one by one would take hours to make): onboarded packages, NSDs and PNFDs, an NS
 * instance of each NSD with a terminated deployment, operation occurrences that are the first deployment's jobs, and
 * vnfpkgm subscriptions.
 * {@link #remove()} deletes exactly what it wrote, so a shared database is left as found.
 */
public final class Sol005Seed {

    /** A deployment's desired state with nothing placed, as a terminated one has. */
    private static final String DESIRED = "{\"chainVersion\":\"1.0\",\"placements\":[],\"units\":[]}";

    private final JdbcTemplate jdbc;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final List<UUID> packages = new ArrayList<>();
    private final List<UUID> nsds = new ArrayList<>();
    private final List<UUID> pnfds = new ArrayList<>();
    private final List<UUID> jobs = new ArrayList<>();
    private final List<UUID> subscriptions = new ArrayList<>();
    private final List<UUID> deployments = new ArrayList<>();
    private final List<UUID> instances = new ArrayList<>();

    public Sol005Seed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many rows of each collection {@link #write} made. */
    public int rows() {
        return packages.size();
    }

    /** What the rows carry in their names, so a filter can find exactly them. */
    public String tag() {
        return tag;
    }

    /** Writes {@code rows} of each collection, created at {@code from} plus a millisecond per row. */
    public Sol005Seed write(int rows, Instant from) {
        List<Object[]> pkg = new ArrayList<>();
        List<Object[]> nsd = new ArrayList<>();
        List<Object[]> pnfd = new ArrayList<>();
        List<Object[]> sub = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Timestamp at = Timestamp.from(from.plusMillis(i));
            UUID p = add(packages);
            pkg.add(new Object[] {p, UUID.randomUUID(), "vnfd-" + tag + "-" + i, "prov-" + tag, "fw-" + tag, at, at});
            nsd.add(new Object[] {add(nsds), UUID.randomUUID(), "nsd-" + tag + "-" + i, "ns-" + tag, at, at});
            pnfd.add(new Object[] {add(pnfds), UUID.randomUUID(), "pnfd-" + tag + "-" + i, "pnf-" + tag, at, at});
            sub.add(new Object[] {add(subscriptions), "http://127.0.0.1:9/" + tag + "/" + i, at});
        }
        jdbc.batchUpdate(
                "INSERT INTO vnf_package (id, onboarding_state, operational_state, catalog_id, vnfd_id, vnf_provider,"
                        + " vnf_product_name, vnf_software_version, vnfd_version, user_defined_json, created_at,"
                        + " created_by, updated_at) VALUES (?, 'ONBOARDED', 'ENABLED', ?, ?, ?, ?, '1.0', '1.0', '{}',"
                        + " ?, 'seed', ?)",
                pkg);
        jdbc.batchUpdate(
                "INSERT INTO ns_descriptor_info (id, onboarding_state, operational_state, chain_id, nsd_id, nsd_name,"
                        + " nsd_version, nsd_designer, user_defined_json, created_at, created_by, updated_at)"
                        + " VALUES (?, 'ONBOARDED', 'ENABLED', ?, ?, ?, '1.0', 'seed', '{}', ?, 'seed', ?)",
                nsd);
        jdbc.batchUpdate(
                "INSERT INTO pnf_descriptor_info (id, onboarding_state, operational_state, catalog_id, pnfd_id,"
                        + " pnfd_name, pnfd_version, pnfd_provider, pnfd_invariant_id, user_defined_json, created_at,"
                        + " created_by, updated_at) VALUES (?, 'ONBOARDED', 'ENABLED', ?, ?, ?, '1.0', 'seed', 'inv',"
                        + " '{}', ?, 'seed', ?)",
                pnfd);
        jdbc.batchUpdate(
                "INSERT INTO sol005_subscription (id, api, api_version, callback_uri, filter_json, auth_type,"
                        + " created_at, created_by) VALUES (?, 'vnfpkgm', 'v2', ?, '{}', 'NONE', ?, 'seed')",
                sub);
        occurrences(rows, from);
        return this;
    }

    /** An NS instance of each NSD, each with a terminated deployment; the occurrences are jobs of the first. */
    private void occurrences(int rows, Instant from) {
        List<Object[]> deployment = new ArrayList<>();
        List<Object[]> instance = new ArrayList<>();
        List<Object[]> job = new ArrayList<>();
        List<Object[]> occ = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Timestamp at = Timestamp.from(from.plusMillis(i));
            String name = "seed-" + tag + "-" + i;
            UUID d = add(deployments);
            deployment.add(new Object[] {d, name, UUID.randomUUID(), DESIRED, at, at});
            instance.add(new Object[] {add(instances), name, name, nsds.get(i), d, at});
            UUID id = add(jobs);
            job.add(new Object[] {id, deployments.getFirst(), at, at, at});
            occ.add(new Object[] {id, instances.getFirst(), at});
        }
        jdbc.batchUpdate(
                "INSERT INTO deployment (id, name, chain_id, chain_name, chain_version, state, settings_json,"
                        + " desired_json, live_json, drift_json, accepted_json, created_at, created_by, updated_at,"
                        + " updated_by) VALUES (?, ?, ?, 'seed', '1.0', 'TERMINATED', '{}', ?, '{}', '[]', '{}', ?,"
                        + " 'seed', ?, 'seed')",
                deployment);
        jdbc.batchUpdate(
                "INSERT INTO ns_instance (id, name, ns_name, description, nsd_info_id, deployment_id, created_at,"
                        + " created_by) VALUES (?, ?, ?, '', ?, ?, ?, 'seed')",
                instance);
        jdbc.batchUpdate(
                "INSERT INTO deployment_job (id, deployment_id, operation, state, request_json, started_by,"
                        + " created_at, started_at, ended_at, error_code, error_message, cancel_requested)"
                        + " VALUES (?, ?, 'INSTANTIATE', 'COMPLETED', '{}', 'seed', ?, ?, ?, '', '', FALSE)",
                job);
        jdbc.batchUpdate(
                "INSERT INTO ns_lcm_op_occ (id, ns_instance_id, operation, operation_params, created_at)"
                        + " VALUES (?, ?, 'INSTANTIATE', '{}', ?)",
                occ);
    }

    private static UUID add(List<UUID> ids) {
        UUID id = UUID.randomUUID();
        ids.add(id);
        return id;
    }

    /** Deletes every row {@link #write} made. */
    public void remove() {
        delete("ns_instance", instances); // its operation occurrences go with it (cascade)
        delete("deployment", deployments); // and a deployment's jobs with it
        delete("sol005_subscription", subscriptions);
        delete("pnf_descriptor_info", pnfds);
        delete("ns_descriptor_info", nsds);
        delete("vnf_package", packages);
    }

    private void delete(String table, List<UUID> ids) {
        jdbc.batchUpdate(
                "DELETE FROM " + table + " WHERE id = ?",
                ids.stream().map(id -> new Object[] {id}).toList());
    }
}
