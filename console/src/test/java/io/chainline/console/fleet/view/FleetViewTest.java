package io.chainline.console.fleet.view;

import static org.assertj.core.api.Assertions.assertThat;

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
}
