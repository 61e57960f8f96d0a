package io.chainline.console.nfvo.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import org.junit.jupiter.api.Test;

/** The onboarding page, server-side: packages, NSDs and subscriptions listed; a viewer changes nothing. */
class OnboardingViewTest extends ViewTest {

    @Test
    void aViewerSeesOnboardingWithoutChangingIt() {
        signIn(TestUsers.VIEWER);
        navigate(OnboardingView.class);

        assertThat(exists("onboarding-packages")).isTrue();
        assertThat(text()).contains("VNF packages", "NS descriptors", "Subscriptions");
        assertThat(text()).doesNotContain("Disable");
    }
}
