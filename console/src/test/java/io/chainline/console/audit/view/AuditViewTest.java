package io.chainline.console.audit.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.shell.view.AccessDeniedView;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import org.junit.jupiter.api.Test;

/** The audit log page, server-side: admins read who did what; nobody else opens it. */
class AuditViewTest extends ViewTest {

    @Test
    void anAdminReadsTheLogWithItsTotal() {
        signIn(TestUsers.ADMIN);
        navigate(AuditView.class);

        assertThat(rows("audit-grid")).isNotEmpty();
        assertThat(textOf("audit-total")).isNotBlank();
        assertThat(exists("audit-export")).isTrue();
    }

    @Test
    void anOperatorIsTurnedAway() {
        signIn(TestUsers.OPERATOR);

        navigate("audit", AccessDeniedView.class);

        assertThat(exists("audit-grid")).isFalse();
    }
}
