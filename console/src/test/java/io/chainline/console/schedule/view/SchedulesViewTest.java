package io.chainline.console.schedule.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.service.DeploymentJson;
import io.chainline.console.deployment.service.DeploymentViews.DeploymentSummary;
import io.chainline.console.support.StoredDeployments;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The schedule dialog in the schedules page, server-side: what it offers and how a refusal reads. */
class SchedulesViewTest extends ViewTest {

    @Autowired
    DeploymentRepository repository;

    @Autowired
    DeploymentJson json;

    @Autowired
    ChainService chains;

    private StoredDeployments stored() {
        return new StoredDeployments(repository, json, chains);
    }

    @Test
    void theDialogNeverOffersATerminatedDeployment() {
        Deployment running = stored().in(DeploymentState.INSTANTIATED);
        Deployment gone = stored().in(DeploymentState.TERMINATED);
        signIn(TestUsers.OPERATOR);
        navigate(SchedulesView.class);

        click("schedules-new");

        @SuppressWarnings("unchecked")
        ComboBox<DeploymentSummary> deployment = byId(ComboBox.class, "schedule-deployment");
        assertThat(deployment.getListDataView().getItems().map(DeploymentSummary::name))
                .contains(running.getName())
                .doesNotContain(gone.getName());
    }

    @Test
    void aRefusalIsShownOnItsFieldAndTheDialogKeepsWhatWasTyped() {
        signIn(TestUsers.OPERATOR);
        navigate(SchedulesView.class);
        click("schedules-new");
        type("schedule-ticket", "CHG-4711");

        click("schedule-save"); // no name, no deployment

        Dialog dialog = byId(Dialog.class, "schedule-dialog");
        assertThat(dialog.isOpened()).as("the dialog stays open").isTrue();
        assertThat(byId(TextField.class, "schedule-ticket").getValue()).isEqualTo("CHG-4711");
        assertThat(shown("schedule-error") || anyFieldInvalid())
                .as("the refusal is shown in the dialog")
                .isTrue();
    }

    private boolean anyFieldInvalid() {
        return byId(TextField.class, "schedule-name").isInvalid()
                || byId(ComboBox.class, "schedule-deployment").isInvalid();
    }

    @Test
    void aViewerSeesSchedulesButCannotCreateOne() {
        signIn(TestUsers.VIEWER);
        navigate(SchedulesView.class);

        assertThat(exists("schedules-grid")).isTrue();
        assertThat(exists("schedules-new")).isFalse();
    }
}
