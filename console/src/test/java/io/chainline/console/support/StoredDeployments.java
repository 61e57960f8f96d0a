package io.chainline.console.support;

import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.service.DeploymentJson;
import io.chainline.console.deployment.service.DeploymentSettings;
import io.chainline.console.deployment.service.DesiredState;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Deployment records of the demo vCPE in a given state, written straight to the repository: the view tests check what
 * a page offers in each state without running an engine (the lifecycle ITs and journeys run the real ones).
 */
public record StoredDeployments(DeploymentRepository repository, DeploymentJson json, ChainService chains) {

    public Deployment in(DeploymentState state) {
        return in(state, null);
    }

    /** @param desired what it should run; null: nothing (an empty desired state of the chain) */
    public Deployment in(DeploymentState state, DesiredState desired) {
        ChainSummary chain = chains.list().stream()
                .filter(c -> c.state() == DescriptorState.PUBLISHED)
                .findFirst()
                .orElseThrow();
        String name = state.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 6);
        Deployment deployment = new Deployment(UUID.randomUUID(), name, TestUsers.OPERATOR, Instant.now());
        deployment.describe(
                chain.id(),
                chain.name(),
                chain.nsVersion(),
                json.write(DeploymentSettings.defaults()),
                json.write(
                        desired != null
                                ? desired
                                : new DesiredState(chain.id(), chain.nsVersion(), List.of(), List.of())));
        deployment.moveTo(state, TestUsers.OPERATOR, Instant.now());
        return repository.save(deployment);
    }
}
