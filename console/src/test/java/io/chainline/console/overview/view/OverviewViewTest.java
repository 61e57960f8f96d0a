package io.chainline.console.overview.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import org.junit.jupiter.api.Test;

class OverviewViewTest extends ViewTest {

    @Test
    void anAdminSeesEveryArea() {
        signIn(TestUsers.ADMIN);
        navigate(OverviewView.class);

        assertThat($(Anchor.class).all())
                .extracting(a -> a.getId().orElse(""))
                .contains("card-catalog", "card-audit", "card-admin-users", "card-api");
        assertThat(text()).contains("Signed in as admin with the Admin role");
    }
}
