package io.chainline.connector.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Network;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.Ownership;
import io.chainline.connector.api.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The plan for a deployment's link networks, the same on a host and on a swarm: create what is missing, recreate
 * what has another subnet, delete what the unit no longer has. Only how a network is made and removed differs
 * (a bridge whose containers must be disconnected first, an overlay), so that is what each engine hands in.
 */
final class NetworkSteps {

    /** How one engine makes and removes a link network, and what the plan calls where it lives. */
    record Engine(String where, DockerClient docker, Consumer<LinkNetwork> create, Consumer<Network> remove) {}

    private NetworkSteps() {}

    /** Creates for missing links, recreations for links whose subnet was changed; run before any workload step. */
    static List<Step> creates(Engine engine, DeploymentUnit unit) {
        Map<String, Network> live = owned(engine.docker(), unit.ref()).stream()
                .collect(Collectors.toMap(Network::getName, n -> n, (a, b) -> a));
        List<Step> steps = new ArrayList<>();
        for (LinkNetwork link : unit.networks()) {
            String name = link.nameIn(unit.ref());
            Network network = live.get(name);
            if (network == null) {
                steps.add(new Step(
                        PlainEngine.action(Plan.Change.CREATE, "network", name, "not on the " + engine.where()),
                        () -> engine.create().accept(link)));
            } else if (!subnet(network).equals(link.cidr())) {
                String why = "subnet: " + engine.where() + " has " + subnet(network) + ", wanted " + link.cidr();
                steps.add(new Step(PlainEngine.action(Plan.Change.UPDATE, "network", name, why), () -> {
                    engine.remove().accept(network);
                    engine.create().accept(link);
                }));
            } else {
                steps.add(Step.unchanged(PlainEngine.action(Plan.Change.UNCHANGED, "network", name)));
            }
        }
        return steps;
    }

    /** Deletes for the deployment's link networks the unit no longer has; run after the workloads left them. */
    static List<Step> deletes(Engine engine, DeploymentUnit unit) {
        Set<String> wanted =
                unit.networks().stream().map(n -> n.nameIn(unit.ref())).collect(Collectors.toSet());
        return owned(engine.docker(), unit.ref()).stream()
                .filter(n -> !wanted.contains(n.getName()))
                .map(n -> new Step(
                        PlainEngine.action(
                                Plan.Change.DELETE, "network", n.getName(), "no longer a link of the deployment"),
                        () -> engine.remove().accept(n)))
                .toList();
    }

    /** The deployment's link networks (its management network carries no link label). */
    static List<Network> owned(DockerClient docker, DeploymentRef ref) {
        return docker.listNetworksCmd().exec().stream()
                .filter(n -> n.getLabels() != null
                        && ref.id().equals(n.getLabels().get(Ownership.DEPLOYMENT))
                        && n.getLabels().containsKey(Ownership.LINK))
                .toList();
    }

    static String subnet(Network network) {
        return Optional.ofNullable(network.getIpam())
                .map(Network.Ipam::getConfig)
                .flatMap(c -> c.stream().map(Network.Ipam.Config::getSubnet).findFirst())
                .orElse("none");
    }
}
