package io.chainline.console.deployment.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.service.DeploymentJson;
import io.chainline.console.support.StoredDeployments;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The deployment page's actions per state, server-side: enabled by the rule, or disabled saying why. */
class DeploymentViewTest extends ViewTest {

    @Autowired
    DeploymentRepository repository;

    @Autowired
    DeploymentJson json;

    @Autowired
    ChainService chains;

    private StoredDeployments stored() {
        return new StoredDeployments(repository, json, chains);
    }

    private void open(Deployment deployment, String user) {
        signIn(user);
        navigate("deployments/" + deployment.getId(), DeploymentView.class);
    }

    @Test
    void terminatingAsksSayingWhatHappensAndCancelLeavesItRunning() {
        Deployment running = stored().in(DeploymentState.INSTANTIATED);
        open(running, TestUsers.OPERATOR);

        click("deployment-terminate");

        assertThat(confirmation()).contains("Terminate " + running.getName() + "?");
        assertThat(byId(Button.class, "confirm-ok").getText()).isEqualTo("Terminate");
        click("confirm-cancel");
        assertThat(confirmationOpen()).isFalse();
        assertThat(repository.findById(running.getId()).orElseThrow().getState())
                .isEqualTo(DeploymentState.INSTANTIATED);
    }

    @Test
    void aRunningDeploymentCannotBeDeletedAndTheButtonSaysWhy() {
        open(stored().in(DeploymentState.INSTANTIATED), TestUsers.OPERATOR);

        Button delete = byId(Button.class, "deployment-delete");
        assertThat(delete.isEnabled()).isFalse();
        assertThat(delete.getTooltip().getText()).isNotBlank();
        assertThat(byId(Button.class, "deployment-scale").isEnabled()).isTrue();
    }

    @Test
    void aTerminatedDeploymentOffersOnlyDeletingAndEveryOtherActionSaysWhyNot() {
        open(stored().in(DeploymentState.TERMINATED), TestUsers.OPERATOR);

        for (String id :
                new String[] {"deployment-terminate", "deployment-scale", "deployment-heal", "deployment-upgrade"}) {
            Button action = byId(Button.class, id);
            assertThat(action.isEnabled()).as(id).isFalse();
            assertThat(action.getElement().getAttribute("data-why"))
                    .as("why %s is disabled", id)
                    .isNotBlank();
        }
        assertThat(byId(Button.class, "deployment-delete").isEnabled()).isTrue();
    }

    @Test
    void aViewerSeesDeploymentsButNoWayToStartOrChangeOne() {
        Deployment running = stored().in(DeploymentState.INSTANTIATED);
        signIn(TestUsers.VIEWER);
        navigate(DeploymentsView.class);
        assertThat(exists("deployments-grid")).isTrue();
        assertThat(exists("deployments-new")).isFalse();

        open(running, TestUsers.VIEWER);
        assertThat(exists("deployment-terminate")).isFalse();
    }

    @Test
    void aLinkToADeploymentThatIsGoneSaysSoOnTheListInsteadOfFailing() {
        signIn(TestUsers.VIEWER);
        navigate("deployments/00000000-0000-0000-0000-000000000000", DeploymentsView.class);
        assertThat(shown("deployments-missing")).isTrue();
        assertThat(textOf("deployments-missing")).contains("00000000-0000-0000-0000-000000000000");

        navigate("deployments/not-an-id", DeploymentsView.class);
        assertThat(textOf("deployments-missing")).contains("not-an-id");

        navigate(DeploymentsView.class);
        assertThat(shown("deployments-missing")).isFalse();
    }
}
