package io.chainline.console.deployment.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.service.DeploymentJson;
import io.chainline.console.deployment.service.TrafficDesiredStates;
import io.chainline.console.support.StoredDeployments;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The deployment page lists each link as a network with its CPs and their addresses, from the stored desired state. */
class NetworksSectionViewTest extends ViewTest {

    @Autowired
    DeploymentRepository repository;

    @Autowired
    DeploymentJson json;

    @Autowired
    ChainService chains;

    private void open(Deployment deployment) {
        signIn(TestUsers.VIEWER);
        navigate("deployments/" + deployment.getId(), DeploymentView.class);
    }

    @Test
    void eachLinkIsANetworkWithItsSubnetAndTheAddressesOfItsConnectionPoints() {
        open(new StoredDeployments(repository, json, chains)
                .in(DeploymentState.INSTANTIATED, TrafficDesiredStates.vcpe()));

        assertThat(textOf("deployment-network-lan-lab-head"))
                .isEqualTo("lan · 192.168.10.0/24 · gateway 192.168.10.1 · external (traffic enters or leaves here)"
                        + " · on lab");
        assertThat(textOf("deployment-network-cl-fw-lab-head")).contains("10.60.0.0/24", "internal");
        assertThat(rows("deployment-network-cl-fw-lab"))
                .containsExactly("classifier | web-cp | eth2 | 10.60.0.2", "firewall | in-cp | eth1 | 10.60.0.3");
        assertThat(rows("deployment-network-wan-lab")).containsExactly("router | out-cp | eth3 | 10.60.3.2");
        assertThat(exists("deployment-networks-none")).isFalse();
    }

    @Test
    void theDemoSeedsTheVcpeWithClassifierPublishedAndItsPageDrawsBothPaths() {
        var routed = chains.list().stream()
                .filter(c -> c.name().equals("vCPE with classifier"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not seeded: " + chains.list()));
        assertThat(routed.state()).isEqualTo(DescriptorState.PUBLISHED);
        Deployment deployment = new StoredDeployments(repository, json, chains).in(DeploymentState.INSTANTIATED);
        deployment.describe(
                routed.id(),
                routed.name(),
                routed.nsVersion(),
                deployment.getSettingsJson(),
                json.write(TrafficDesiredStates.vcpe()));
        open(repository.save(deployment));

        assertThat(exists("deployment-picture")).isTrue();
        assertThat(rows("deployment-network-fw-rt-lab")).hasSize(2);
    }

    @Test
    void aChainWithoutAddressesSaysItsNfsAreOnTheManagementNetworkOnly() {
        open(new StoredDeployments(repository, json, chains).in(DeploymentState.INSTANTIATED));

        assertThat(textOf("deployment-networks-none")).contains("management network only");
    }
}
