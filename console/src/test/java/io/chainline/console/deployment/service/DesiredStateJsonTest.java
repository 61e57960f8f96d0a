package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.connector.api.Workload;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Desired states are stored as JSON: a chain's data plane survives the round trip, and older rows still read. */
class DesiredStateJsonTest {

    private final DeploymentJson json = new DeploymentJson();
    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void networksInterfacesAndTheChainContextSurviveStorage() {
        DesiredState desired = DataPlanesTest.desiredOf(TrafficChains.vcpe());

        assertThat(json.read(json.write(desired), DesiredState.class)).isEqualTo(desired);
    }

    @Test
    void aDesiredStateStoredBeforeChainsCarriedTrafficReadsAsManagementOnly() {
        DesiredState desired = DataPlanesTest.desiredOf(TrafficChains.vcpe());
        JsonNode tree = mapper.readTree(json.write(desired));
        tree.get("units").forEach(u -> {
            ((ObjectNode) u.get("unit")).remove("networks");
            u.get("unit").get("workloads").forEach(w -> ((ObjectNode) w).remove("dataPlane"));
        });
        String old = mapper.writeValueAsString(tree);
        assertThat(old).doesNotContain("networks").doesNotContain("dataPlane");

        DesiredState read = json.read(old, DesiredState.class);

        assertThat(read.units().getFirst().unit().networks()).isEmpty();
        assertThat(read.units().getFirst().unit().workloads())
                .allSatisfy(w -> assertThat(w.dataPlane()).isEqualTo(Workload.DataPlane.NONE));
    }
}
