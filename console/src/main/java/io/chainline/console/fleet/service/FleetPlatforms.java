package io.chainline.console.fleet.service;

import io.chainline.connector.api.AccessException;
import io.chainline.connector.api.Platform;
import io.chainline.connector.api.TargetKind;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** What the fleet's screens ask of the installed platforms: which there are, their forms' choices, their words. */
@Service
public class FleetPlatforms {

    private final ConnectorRegistry connectors;

    FleetPlatforms(ConnectorRegistry connectors) {
        this.connectors = connectors;
    }

    /** The platforms installed in this console, in class-path order: the kinds a target may be registered as. */
    public List<Platform> installed() {
        return connectors.platforms();
    }

    /** The choices of a choice field of a platform's form, from the answers so far (a kubeconfig's contexts). */
    public List<String> choices(TargetKind kind, String field, Map<String, String> answers) {
        try {
            return connectors.forRegistration(kind).choices(field, answers);
        } catch (AccessException e) {
            throw new ChainlineException(e.code(), Category.INVALID, e.getMessage(), e);
        }
    }

    /** What people call a kind ("Docker host or Swarm"); its id, for a kind whose module is not installed. */
    public String label(TargetKind kind) {
        return connectors.find(kind).map(Platform::label).orElse(kind.name());
    }

    /** How a kind's platform names its inventory; plain words for a kind whose module is not installed. */
    public Platform.Vocabulary vocabulary(TargetKind kind) {
        return connectors
                .find(kind)
                .map(Platform::vocabulary)
                .orElse(new Platform.Vocabulary("node", "nodes", "runtimes"));
    }
}
