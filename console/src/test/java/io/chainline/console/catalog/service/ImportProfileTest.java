package io.chainline.console.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Profile;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which profile the console judges imports by, and which findings an ADMIN's signature override may lift. */
class ImportProfileTest {

    private static Issue issue(IssueCode code) {
        return new Issue(code, code.severity(), "fw.csar", 0, 0, "", code.code() + " said so.");
    }

    @Test
    void importsAreJudgedByInteropUnlessSetWhileWhatChainlineWritesStaysStrict() {
        ToscaEngines engines = new ToscaEngines("", "interop", Clock.systemUTC());

        assertThat(engines.importProfile()).isEqualTo(Profile.INTEROP);
        assertThat(engines.importing().profile()).isEqualTo(Profile.INTEROP);
        assertThat(engines.importing(Profile.STRICT).profile()).isEqualTo(Profile.STRICT);
        assertThat(engines.engine().profile()).isEqualTo(Profile.STRICT);
        assertThat(new ToscaEngines("", Clock.systemUTC()).importProfile()).isEqualTo(Profile.INTEROP);
    }

    @Test
    void theSettingChoosesStrictWhateverItsCaseAndSpaces() {
        assertThat(new ToscaEngines("", " Strict ", Clock.systemUTC())
                        .importing()
                        .profile())
                .isEqualTo(Profile.STRICT);
    }

    @Test
    void anUnknownProfileStopsTheStartSayingWhichValuesWork() {
        assertThatThrownBy(() -> new ToscaEngines("", "lenient", Clock.systemUTC()))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("TOSCA-PROFILE-INVALID"))
                .hasMessageContaining("chainline.tosca.profile")
                .hasMessageContaining("'lenient'")
                .hasMessageContaining("interop")
                .hasMessageContaining("strict");
    }

    @Test
    void theConsoleDoesNotStartWithAnUnknownProfile() {
        new ApplicationContextRunner()
                .withBean(Clock.class, Clock::systemUTC)
                .withUserConfiguration(ToscaEngines.class)
                .withPropertyValues("chainline.tosca.profile=lenient")
                .run(context -> assertThat(context.getStartupFailure())
                        .isNotNull()
                        .rootCause()
                        .hasMessageContaining("chainline.tosca.profile (CHAINLINE_TOSCA_PROFILE) is 'lenient'"));
        new ApplicationContextRunner()
                .withBean(Clock.class, Clock::systemUTC)
                .withUserConfiguration(ToscaEngines.class)
                .run(context -> assertThat(context.getBean(ToscaEngines.class).importProfile())
                        .isEqualTo(Profile.INTEROP));
    }

    @Test
    void onlySignatureAndCertificateErrorsCanBeOverridden() {
        Issue invalid = issue(IssueCode.CSAR_SIGNATURE_INVALID);
        Issue untrusted = issue(IssueCode.CSAR_SIGNATURE_UNTRUSTED);
        Issue certificate = issue(IssueCode.CSAR_CERTIFICATE_MISSING);
        Issue hash = issue(IssueCode.CSAR_HASH_MISMATCH);
        Issue unverified = issue(IssueCode.CSAR_SIGNATURE_UNVERIFIED);

        assertThat(SignatureOverride.onlySignatureFailures(List.of(invalid, unverified)))
                .isTrue();
        assertThat(SignatureOverride.onlySignatureFailures(List.of(untrusted, certificate)))
                .isTrue();
        assertThat(SignatureOverride.onlySignatureFailures(List.of(invalid, hash)))
                .as("a changed file is no signature matter")
                .isFalse();
        assertThat(SignatureOverride.onlySignatureFailures(List.of(unverified)))
                .as("nothing to override")
                .isFalse();
    }

    @Test
    void anOverrideNeedsAnAdminAndAReason() {
        ImportRequest withReason = new ImportRequest(
                "fw.csar", new byte[0], Optional.empty(), Optional.empty(), Optional.of("Vendor ticket 42"));
        ImportRequest blank =
                new ImportRequest("fw.csar", new byte[0], Optional.empty(), Optional.empty(), Optional.of("  "));

        assertThatThrownBy(() -> SignatureOverride.check(withReason, false))
                .isInstanceOfSatisfying(ChainlineException.class, e -> {
                    assertThat(e.code()).isEqualTo("CATALOG-OVERRIDE-ADMIN");
                    assertThat(e.category()).isEqualTo(ChainlineException.Category.FORBIDDEN);
                });
        assertThatThrownBy(() -> SignatureOverride.check(blank, true))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("CATALOG-OVERRIDE-REASON"));
        SignatureOverride.check(withReason, true);
    }

    @Test
    void theAuditDetailNamesThePackageItsDigestTheFailureAndTheReason() {
        ImportRequest request = new ImportRequest(
                "fw.csar",
                "abc".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Optional.empty(),
                Optional.empty(),
                Optional.of("Vendor ticket 42: certificate expired in 2019"));

        assertThat(SignatureOverride.detail(request, List.of(issue(IssueCode.CSAR_SIGNATURE_INVALID))))
                .contains("fw.csar")
                .contains("SHA-256 ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
                .contains("CSAR-SIGNATURE-INVALID")
                .contains("CSAR-SIGNATURE-INVALID said so.")
                .endsWith("Reason: Vendor ticket 42: certificate expired in 2019");
    }
}
