package io.chainline.console.deployment.service;

import io.chainline.connector.api.LinkNetwork;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which subnets of the address pool live deployments hold (V021), so a new deployment's links get blocks no other
 * deployment uses: planning reads it, a deploy or change reserves in the transaction that records its job, and
 * terminating or deleting a deployment releases its rows. Plain SQL: the rows are reservations, not entities.
 */
@Component
public class SubnetLedger {

    private final JdbcTemplate jdbc;
    private final SubnetPool pool;
    private final Clock clock;

    SubnetLedger(
            DataSource dataSource,
            Clock clock,
            @Value("${chainline.chains.address-pool:" + SubnetPool.DEFAULT + "}") String pool) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.pool = SubnetPool.of(pool);
        this.clock = clock;
    }

    SubnetPool pool() {
        return pool;
    }

    /** What a plan for {@code deployment} may not use: every other deployment's reserved subnets. */
    List<Ipv4Subnet> takenByOthers(String deployment) {
        return jdbc
                .queryForList("SELECT cidr FROM deployment_subnet WHERE deployment_name <> ?", String.class, deployment)
                .stream()
                .map(Ipv4Subnet::parse)
                .toList();
    }

    /** The inputs of a plan: the pool, what others hold and what this deployment had. */
    DataPlanes.Inputs inputs(String deployment, Optional<DesiredState> current) {
        return new DataPlanes.Inputs(pool, takenByOthers(deployment), DataPlanes.Inputs.previous(current));
    }

    /**
     * Reserves the pool subnets of {@code desired}'s networks for {@code deployment}; refuses when another deployment
     * took one since the plan. Subnets it held before stay held until it is terminated: its old networks may still run.
     */
    void reserve(String deployment, DesiredState desired) {
        Timestamp now = Timestamp.from(clock.instant());
        desired.units().stream()
                .flatMap(u -> u.unit().networks().stream())
                .filter(n -> pool.pool().overlaps(Ipv4Subnet.parse(n.cidr())))
                .distinct()
                .forEach(n -> reserve(deployment, n, now));
    }

    private void reserve(String deployment, LinkNetwork network, Timestamp now) {
        try {
            int updated = jdbc.update(
                    "UPDATE deployment_subnet SET cidr = ?, reserved_at = ? WHERE deployment_name = ? AND link = ?"
                            + " AND cidr <> ?",
                    network.cidr(),
                    now,
                    deployment,
                    network.link(),
                    network.cidr());
            Integer held = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM deployment_subnet WHERE deployment_name = ? AND link = ?",
                    Integer.class,
                    deployment,
                    network.link());
            if (updated == 0 && (held == null || held == 0)) {
                jdbc.update(
                        "INSERT INTO deployment_subnet (deployment_name, link, cidr, reserved_at) VALUES (?, ?, ?, ?)",
                        deployment,
                        network.link(),
                        network.cidr(),
                        now);
            }
        } catch (DataIntegrityViolationException e) {
            throw new ChainlineException(
                    "DEPLOYMENT-SUBNET-TAKEN",
                    Category.CONFLICT,
                    "Subnet " + network.cidr() + " for link " + network.link() + " was taken by another deployment"
                            + " since this plan; plan again.",
                    e);
        }
    }

    /** Gives the deployment's subnets back to the pool. */
    void release(String deployment) {
        jdbc.update("DELETE FROM deployment_subnet WHERE deployment_name = ?", deployment);
    }
}
