package io.chainline.console.shell.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import io.chainline.console.overview.view.OverviewView;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The frame by role, server-side: navigation, role badge and overview cards (ConsoleBrowserIT keeps the sign-in). */
class NavigationByRoleTest extends ViewTest {

    private static final String[] EVERYONES_AREAS = {
        "nav-overview",
        "nav-catalog",
        "nav-chains",
        "nav-onboarding",
        "nav-fleet",
        "nav-deployments",
        "nav-alarms",
        "nav-schedules",
        "nav-windows",
        "nav-tokens",
        "nav-api"
    };
    private static final String[] ADMIN_AREAS = {"nav-audit", "nav-admin-users"};

    @ParameterizedTest(name = "{0} sees the {1} navigation")
    @CsvSource({"admin, Admin, 12", "it-operator, Operator, 10", "it-viewer, Viewer, 10"})
    void eachRoleSeesTheNavigationItMayUse(String user, String roleLabel, int cards) {
        signIn(user);
        navigate(OverviewView.class);

        for (String area : EVERYONES_AREAS) {
            assertThat(exists(area)).as(area).isTrue();
        }
        for (String area : ADMIN_AREAS) {
            assertThat(exists(area)).as(area).isEqualTo(user.equals(TestUsers.ADMIN));
        }
        assertThat(text()).contains(roleLabel);
        assertThat($(Anchor.class).all().stream().filter(a -> a.getClassNames().contains("chainline-card")))
                .as("every area but the overview, plus the API page")
                .hasSize(cards);
    }
}
