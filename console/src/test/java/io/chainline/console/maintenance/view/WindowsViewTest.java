package io.chainline.console.maintenance.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Maintenance windows, server-side: an admin defines one and reads it back in the list; others only read. */
class WindowsViewTest extends ViewTest {

    @Test
    void anAdminDefinesAWindowAndSeesItListed() {
        String name = "sunday-" + UUID.randomUUID().toString().substring(0, 6);
        signIn(TestUsers.ADMIN);
        navigate(WindowsView.class);

        click("windows-new");
        type("window-name", name);
        click("window-save");

        assertThat(rows("windows-grid")).anySatisfy(row -> assertThat(row).startsWith(name));
    }

    @Test
    void anOperatorReadsWindowsButCannotDefineOne() {
        signIn(TestUsers.OPERATOR);
        navigate(WindowsView.class);

        assertThat(exists("windows-grid")).isTrue();
        assertThat(exists("windows-new")).isFalse();
    }
}
