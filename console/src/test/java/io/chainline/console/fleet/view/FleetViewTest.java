package io.chainline.console.fleet.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.connector.api.TargetKind;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import org.junit.jupiter.api.Test;

/** The fleet listing by role, server-side (the target dialog itself is checked by FleetBrowserIT). */
class FleetViewTest extends ViewTest {

    @Test
    void aViewerSeesTheFleetButCannotRegister() {
        signIn(TestUsers.VIEWER);
        navigate(FleetView.class);

        assertThat(exists("fleet-grid")).isTrue();
        assertThat(exists("fleet-register")).isFalse();
    }

    @Test
    void anAdminMayRegisterATarget() {
        signIn(TestUsers.ADMIN);
        navigate(FleetView.class);

        assertThat(shown("fleet-register")).isTrue();
    }

    @Test
    void aRefusedRegistrationStaysInTheDialogOnTheFieldItNames() {
        signIn(TestUsers.ADMIN);
        navigate(FleetView.class);
        click("fleet-register");
        @SuppressWarnings("unchecked")
        Select<TargetKind> kind = byId(Select.class, "target-kind");
        kind.setValue(TargetKind.DOCKER);
        type("target-name", "lab-1");
        type("target-endpoint", "ftp://nowhere");

        click("target-save");

        // still open, with what was typed, and the refusal on the endpoint rather than in a passing toast
        assertThat(shown("target-save")).isTrue();
        TextField endpoint = byId(TextField.class, "target-endpoint");
        assertThat(endpoint.getValue()).isEqualTo("ftp://nowhere");
        assertThat(endpoint.isInvalid()).isTrue();
        assertThat(textOf("target-verdict")).startsWith("✗ ").contains("must start with unix://");
    }

    @Test
    void aNamelessTargetIsRefusedOnItsName() {
        signIn(TestUsers.ADMIN);
        navigate(FleetView.class);
        click("fleet-register");

        click("target-save");

        assertThat(byId(TextField.class, "target-name").isInvalid()).isTrue();
        assertThat(shown("target-save")).isTrue();
    }

    @Test
    void aLabelThatIsNoPairIsRefusedOnTheLabelsField() {
        signIn(TestUsers.ADMIN);
        navigate(FleetView.class);
        click("fleet-register");
        type("target-name", "lab-2");
        type("target-labels", "env=lab, noc");

        click("target-save");

        TextField labels = byId(TextField.class, "target-labels");
        assertThat(labels.isInvalid()).isTrue();
        assertThat(labels.getErrorMessage()).contains("'noc' is not a label");
        assertThat(labels.getValue()).isEqualTo("env=lab, noc");
    }
}
