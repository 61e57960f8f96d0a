package io.chainline.console.deployment.service;

import java.util.Optional;

/**
 * What a job was asked to do, kept with it so any console can run or resume it: the state to reach, the state before
 * (what a rollback restores), the settings that go with each, for a heal the workload to recreate, and for an upgrade the chain's name.
 */
public record JobRequest(
        DesiredState desired,
        DeploymentSettings settings,
        Optional<DesiredState> previous,
        Optional<DeploymentSettings> previousSettings,
        Optional<String> workload,
        Optional<String> chainName,
        String reason) {}
