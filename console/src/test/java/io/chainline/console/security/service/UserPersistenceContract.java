package io.chainline.console.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineProperties;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.domain.UserAccount;
import io.chainline.console.security.domain.UserAccountRepository;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What user persistence must do on every database Chainline supports. Subclasses only choose the database: the same
 * migrations and the same assertions run on H2 and on PostgreSQL.
 */
abstract class UserPersistenceContract {

    @Autowired
    UserService users;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ChainlineProperties properties;

    private static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void everyMigrationFileIsAppliedSuccessfully() throws IOException {
        int files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;
        Integer applied = jdbc.queryForObject(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL",
                Integer.class);
        assertThat(files).isPositive();
        assertThat(applied).isEqualTo(files);
    }

    @Test
    void aCreatedUserIsStoredWithAHashedPasswordAndFoundWhateverTheCase() {
        String name = uniqueName("Noc.Engineer");
        UserSummary created =
                users.create(new CreateUserRequest(name, "a long enough passphrase", Role.OPERATOR, false));

        assertThat(created.username()).isEqualTo(name.toLowerCase());
        assertThat(users.find(name.toUpperCase()))
                .get()
                .extracting(UserSummary::role)
                .isEqualTo(Role.OPERATOR);
        String hash =
                repository.findByUsername(created.username()).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("passphrase");
        assertThat(passwordEncoder.matches("a long enough passphrase", hash)).isTrue();
    }

    @Test
    void aSecondUserWithTheSameNameInAnotherCaseIsRefused() {
        String name = uniqueName("dup");
        users.create(new CreateUserRequest(name, "a long enough passphrase", Role.VIEWER, false));

        assertThatThrownBy(() -> users.create(
                        new CreateUserRequest(name.toUpperCase(), "another long passphrase", Role.VIEWER, false)))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("USER-EXISTS"));
    }

    @Test
    void theDatabaseItselfRefusesAnUnknownRole() {
        assertThatThrownBy(() -> jdbc.update(
                        "INSERT INTO user_account (username, password_hash, role, created_at, password_changed_at)"
                                + " VALUES (?, 'x', 'ROOT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                        uniqueName("root")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void changingTheOwnPasswordNeedsTheCurrentOneAndClearsTheMustChangeFlag() {
        String name = uniqueName("changer");
        users.create(new CreateUserRequest(name, "temporary password 1", Role.VIEWER, true));

        assertThatThrownBy(() -> users.changeOwnPassword(name, "not the password", "my own new password"))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("USER-PASSWORD-WRONG"));
        users.changeOwnPassword(name, "temporary password 1", "my own new password");

        UserAccount account = repository.findByUsername(name).orElseThrow();
        assertThat(account.isMustChangePassword()).isFalse();
        assertThat(passwordEncoder.matches("my own new password", account.getPasswordHash()))
                .isTrue();
    }

    @Test
    void anAdminResetForcesTheUserToChooseANewPassword() {
        String name = uniqueName("reset");
        users.create(new CreateUserRequest(name, "chosen by the user", Role.VIEWER, false));

        users.resetPassword(name, "temporary from admin");

        assertThat(users.find(name))
                .get()
                .extracting(UserSummary::mustChangePassword)
                .isEqualTo(true);
    }

    @Test
    void theLastEnabledAdministratorCanNeitherBeDemotedNorDisabled() {
        transactions.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            repository.findAll().stream()
                    .filter(u -> u.getRole() == Role.ADMIN && !u.getUsername().equals("admin"))
                    .forEach(repository::delete);
            assertThatThrownBy(() -> users.update("admin", Role.OPERATOR, true))
                    .isInstanceOfSatisfying(
                            ChainlineException.class, e -> assertThat(e.code()).isEqualTo("USER-LAST-ADMIN"));
            assertThatThrownBy(() -> users.update("admin", Role.ADMIN, false))
                    .isInstanceOfSatisfying(
                            ChainlineException.class, e -> assertThat(e.code()).isEqualTo("USER-LAST-ADMIN"));

            String second = uniqueName("second-admin");
            users.create(new CreateUserRequest(second, "another admin passphrase", Role.ADMIN, false));
            assertThat(users.update("admin", Role.OPERATOR, true).role()).isEqualTo(Role.OPERATOR);
        });
    }

    @Test
    void twoConcurrentEditsOfOneUserConflictInsteadOfOverwriting() {
        String name = uniqueName("contended");
        users.create(new CreateUserRequest(name, "a long enough passphrase", Role.VIEWER, false));
        UserAccount first = repository.findByUsername(name).orElseThrow();
        UserAccount second = repository.findByUsername(name).orElseThrow();

        first.setRole(Role.OPERATOR);
        repository.saveAndFlush(first);
        second.setEnabled(false);

        assertThatThrownBy(() -> repository.saveAndFlush(second))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(users.find(name))
                .get()
                .extracting(UserSummary::role, UserSummary::enabled)
                .containsExactly(Role.OPERATOR, true);
    }

    @Test
    void aRestartWithAnotherConfiguredAdminPasswordChangesNothing() throws Exception {
        String hashBefore = repository.findByUsername("admin").orElseThrow().getPasswordHash();

        new FirstStartAccounts(users, properties, "a different admin password").run(null);

        assertThat(repository.findByUsername("admin").orElseThrow().getPasswordHash())
                .isEqualTo(hashBefore);
    }

    @Test
    void aWeakConfiguredAdminPasswordStopsTheFirstStartWithAClearReason() {
        transactions.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            repository.delete(repository.findByUsername("admin").orElseThrow());
            repository.flush();

            assertThatThrownBy(() -> new FirstStartAccounts(users, properties, "short").run(null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("CHAINLINE_ADMIN_PASSWORD")
                    .hasMessageContaining(PasswordPolicy.CODE)
                    .hasCauseInstanceOf(ChainlineException.class);
        });
    }
}
