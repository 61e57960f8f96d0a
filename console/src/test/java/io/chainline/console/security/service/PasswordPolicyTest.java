package io.chainline.console.security.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.base.service.ChainlineException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "\"{1}\" is refused: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "alice | short | at least 12 characters",
                "alice | aaaaaaaaaaaaaaaa | four different characters",
                "alice | my-alice-password-1 | does not contain the user name",
                "alice | ÄÖÜäöüßÄÖÜäöüßÄÖÜäöüßÄÖÜäöüßÄÖÜäöüßÄÖÜ | at most 72 bytes"
            })
    void weakPasswordsAreRefusedWithTheRuleThatFailed(String user, String password, String reason) {
        assertThatThrownBy(() -> PasswordPolicy.check(user, password))
                .isInstanceOf(ChainlineException.class)
                .hasMessageContaining(reason)
                .extracting(e -> ((ChainlineException) e).code())
                .isEqualTo(PasswordPolicy.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "Tr0ub4dor&3-extended", "nfv-mano-2026!"})
    void longVariedPasswordsAreAccepted(String password) {
        assertThatCode(() -> PasswordPolicy.check("alice", password)).doesNotThrowAnyException();
    }
}
