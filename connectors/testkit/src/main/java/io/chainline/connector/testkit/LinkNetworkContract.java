package io.chainline.connector.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.connector.api.Connector;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.Observation;
import io.chainline.connector.api.Plan;
import io.chainline.connector.api.ResourceRef;
import io.chainline.connector.api.Workload;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The connector contract for a chain's link networks (issue 22), for the connectors that realise them: a network per
 * virtual link, made once, each workload on it as planned, reported by observe, repaired when removed out of band,
 * and left behind by nobody. A connector IT extends this next to {@link ConnectorContract}; units without networks
 * stay covered there.
 */
public abstract class LinkNetworkContract {

    /** Each deployment's links get their own 10.x block, so two deployments on one target never overlap. */
    private static final AtomicInteger BLOCKS =
            new AtomicInteger(160 + ThreadLocalRandom.current().nextInt(60));

    private final List<DeploymentRef> used = new ArrayList<>();
    private final Map<DeploymentRef, Integer> blocks = new java.util.HashMap<>();

    /** The connector under test, connected to a target this test may change. */
    protected abstract Connector connector();

    /** A unit this target can run, at least two NFs; the contract adds the links ({@link SampleUnits#linked}). */
    protected abstract DeploymentUnit sample(DeploymentRef ref);

    /** The instance's IPv4 address on each interface, by interface name ({@code eth1}), as the target shows them. */
    protected abstract Map<String, String> interfaces(DeploymentRef ref, Workload workload, int instance);

    /** Removes the link's network behind Chainline's back (detaching what is on it first, as an operator must). */
    protected abstract void removeOutOfBand(DeploymentRef ref, LinkNetwork network);

    /** Whether a network of this name exists on the target, whoever owns it. */
    protected abstract boolean networkExists(String name);

    /**
     * Whether a resource of a plan or an observation is the link's network: on Docker a {@code network} named
     * {@link LinkNetwork#nameIn}. Platforms that name their resources otherwise (a Multus
     * NetworkAttachmentDefinition, a Neutron network in a Heat stack) say how they call it.
     */
    protected boolean isNetwork(ResourceRef resource, DeploymentRef ref, LinkNetwork network) {
        return resource.kind().equals("network") && resource.name().equals(network.nameIn(ref));
    }

    /**
     * Whether the resource holds the link's subnet, so a moved subnet is an update of it: the network itself, unless
     * the platform keeps subnets apart from their networks (Neutron's subnet is a resource of its own).
     */
    protected boolean holdsSubnet(ResourceRef resource, DeploymentRef ref, LinkNetwork network) {
        return isNetwork(resource, ref, network);
    }

    /** Whether the target honours fixed addresses; where it allocates them, they are asked for without. */
    protected boolean fixedAddresses() {
        return true;
    }

    /**
     * Whether each data interface has the name its attachment gives ({@code eth1}…); where the target orders them
     * itself, an instance must still have an interface on each of its links.
     */
    protected boolean interfacesInAttachmentOrder() {
        return true;
    }

    /** How long apply may wait for readiness here. */
    protected Duration readiness() {
        return Duration.ZERO;
    }

    /** A fresh deployment id, removed from the target after the test whatever happens. */
    protected DeploymentRef fresh() {
        DeploymentRef ref =
                DeploymentRef.of("ln-" + UUID.randomUUID().toString().substring(0, 8));
        used.add(ref);
        blocks.put(ref, BLOCKS.getAndUpdate(b -> b >= 250 ? 160 : b + 1));
        return ref;
    }

    /** The chain this contract deploys for a fresh deployment. */
    protected DeploymentUnit unit(DeploymentRef ref) {
        return SampleUnits.linked(sample(ref), blocks.get(ref), fixedAddresses());
    }

    @AfterEach
    void removeWhatTheTestDeployed() {
        used.forEach(ref -> connector().destroy(ref));
    }

    @Test
    void everyLinkIsPlannedAsANetworkToCreate() {
        DeploymentRef ref = fresh();
        DeploymentUnit unit = unit(ref);

        Plan plan = connector().plan(unit);

        for (LinkNetwork network : unit.networks()) {
            assertThat(plan.actions())
                    .as("%s in %s", network.link(), plan.actions())
                    .filteredOn(a -> isNetwork(a.resource(), ref, network))
                    .isNotEmpty()
                    .allSatisfy(a -> assertThat(a.change()).isEqualTo(Plan.Change.CREATE));
        }
    }

    @Test
    void networksAreCreatedOnceAndReportedByObserve() {
        DeploymentRef ref = fresh();
        DeploymentUnit unit = unit(ref);

        connector().apply(unit, readiness());
        Plan second = connector().apply(unit, readiness()).applied();

        assertThat(second.isNoOp()).as("second apply: %s", second.changes()).isTrue();
        List<ResourceRef> reported = connector().observe(ref).resources().stream()
                .map(Observation.ResourceStatus::resource)
                .toList();
        for (LinkNetwork network : unit.networks()) {
            assertThat(reported)
                    .as("networks observed")
                    .filteredOn(r -> isNetwork(r, ref, network))
                    .hasSize(1);
            assertThat(networkExists(network.nameIn(ref)))
                    .as(network.nameIn(ref))
                    .isTrue();
        }
    }

    @Test
    void everyInstanceIsAttachedAsPlanned() {
        DeploymentRef ref = fresh();
        DeploymentUnit unit = unit(ref);

        connector().apply(unit, readiness());

        unit.workloads().forEach(w -> assertAttached(unit, w));
    }

    @Test
    void aLinkWithAnotherSubnetIsPlannedAsAnUpdate() {
        DeploymentRef ref = fresh();
        DeploymentUnit unit = unit(ref);
        connector().apply(unit, readiness());
        LinkNetwork data = link(unit, SampleUnits.DATA);
        String moved = data.cidr().replace(".2.0/24", ".3.0/24");
        List<LinkNetwork> networks = unit.networks().stream()
                .map(n -> n == data ? LinkNetwork.bridge(n.link(), moved, n.external()) : n)
                .toList();

        Plan plan = connector()
                .plan(new DeploymentUnit(ref, unit.workloads(), unit.flows(), unit.externalAccess(), networks));

        assertThat(plan.changes()).anySatisfy(a -> {
            assertThat(holdsSubnet(a.resource(), ref, data))
                    .as(a.resource().toString())
                    .isTrue();
            assertThat(a.change()).isEqualTo(Plan.Change.UPDATE);
            assertThat(String.join(" ", a.differences())).contains(data.cidr(), moved);
        });
    }

    @Test
    void aNetworkRemovedOutOfBandIsPlannedAndRecreatedWithItsAttachments() {
        DeploymentRef ref = fresh();
        DeploymentUnit unit = unit(ref);
        connector().apply(unit, readiness());
        LinkNetwork data = link(unit, SampleUnits.DATA);

        removeOutOfBand(ref, data);
        Plan drift = connector().plan(unit);

        assertThat(drift.changes()).anySatisfy(a -> {
            assertThat(isNetwork(a.resource(), ref, data))
                    .as(a.resource().toString())
                    .isTrue();
            assertThat(a.change()).isEqualTo(Plan.Change.CREATE);
        });
        connector().apply(unit, readiness());
        Plan repaired = connector().plan(unit);
        assertThat(repaired.isNoOp()).as("after repair: %s", repaired.changes()).isTrue();
        unit.workloads().forEach(w -> assertAttached(unit, w));
    }

    @Test
    void destroyLeavesNoNetworkBehindAndAnotherDeploymentsAlone() {
        DeploymentRef one = fresh();
        DeploymentRef other = fresh();
        DeploymentUnit mine = unit(one);
        DeploymentUnit theirs = unit(other);
        connector().apply(mine, readiness());
        connector().apply(theirs, readiness());

        connector().destroy(one);

        Observation left = connector().observe(one);
        assertThat(left.isEmpty())
                .as("left after destroy: %s", left.resources())
                .isTrue();
        names(mine).forEach(n -> assertThat(networkExists(n)).as(n).isFalse());
        names(theirs).forEach(n -> assertThat(networkExists(n)).as(n).isTrue());
        Plan untouched = connector().plan(theirs);
        assertThat(untouched.isNoOp())
                .as("the other deployment: %s", untouched.changes())
                .isTrue();
    }

    private void assertAttached(DeploymentUnit unit, Workload workload) {
        for (int instance = 1; instance <= workload.replicas(); instance++) {
            Map<String, String> seen = interfaces(unit.ref(), workload, instance);
            for (Workload.Attachment attachment : workload.dataPlane().attachments()) {
                String prefix = link(unit, attachment.link()).cidr().replace("0/24", "");
                String wanted = attachment.addresses().isEmpty()
                        ? prefix + "*"
                        : attachment.addresses().get(instance - 1);
                String what = workload.name() + " instance " + instance + ": " + attachment + " (all: " + seen + ")";
                java.util.function.Predicate<String> fits =
                        a -> a.equals(wanted) || wanted.endsWith("*") && a.startsWith(prefix);
                if (interfacesInAttachmentOrder()) {
                    assertThat(seen.get(attachment.interfaceName()))
                            .as(what)
                            .isNotNull()
                            .matches(fits, "is " + wanted);
                } else {
                    assertThat(seen.values()).as(what).anyMatch(fits);
                }
            }
        }
    }

    private static LinkNetwork link(DeploymentUnit unit, String name) {
        return unit.networks().stream()
                .filter(n -> n.link().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> names(DeploymentUnit unit) {
        return unit.networks().stream().map(n -> n.nameIn(unit.ref())).toList();
    }
}
