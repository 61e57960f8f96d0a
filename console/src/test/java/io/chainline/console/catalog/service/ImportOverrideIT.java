package io.chainline.console.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.SignedPackages;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.model.Sol001Edition;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Imports as the console judges them: by the configured profile (interop) or the one chosen for an import, and the
 * ADMIN's signature override: refused to others and without a reason, never lifting other errors, audited.
 */
@IntegrationTest
class ImportOverrideIT {

    @Autowired
    CatalogService catalog;

    @Autowired
    CatalogExchange exchange;

    @Autowired
    SignatureOverride signatureOverride;

    @Autowired
    AuditLog audit;

    @Autowired
    ImportRecords records;

    private static String unique() {
        return "vFirewall-sig-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid package of the demo firewall, signed over other bytes: only its signature fails. */
    private byte[] brokenSignature() {
        VnfSummary draft = catalog.createDraft(CatalogContract.unique(DemoDescriptors.firewall()), "alice");
        return SignedPackages.withBrokenSignature("fw", exchange.exportCsar(draft.id(), Sol001Edition.V4_4_1));
    }

    private static ImportRequest request(byte[] bytes, Optional<Profile> profile, Optional<String> reason) {
        return new ImportRequest("fw.zip", bytes, Optional.of(unique()), profile, reason);
    }

    @Test
    void importsAreJudgedByTheConsolesProfileUnlessTheUserChoosesStrict() {
        VnfSummary draft = catalog.createDraft(CatalogContract.unique(DemoDescriptors.firewall()), "alice");
        byte[] csar = exchange.exportCsar(draft.id(), Sol001Edition.V4_4_1);

        ImportOutcome byDefault = exchange.importFile(request(csar, Optional.empty(), Optional.empty()), "bob", false);
        ImportOutcome strict =
                exchange.importFile(request(csar, Optional.of(Profile.STRICT), Optional.empty()), "bob", false);

        assertThat(exchange.importProfile()).isEqualTo(Profile.INTEROP);
        assertThat(byDefault.profile()).isEqualTo(Profile.INTEROP);
        assertThat(byDefault.stored()).isPresent();
        assertThat(strict.profile()).isEqualTo(Profile.STRICT);
        assertThat(strict.stored()).isPresent();
    }

    @Test
    void aPackageWhoseSignatureFailsIsRejectedForItsSignatureOnly() {
        ImportOutcome outcome =
                exchange.importFile(request(brokenSignature(), Optional.empty(), Optional.empty()), "bob", false);

        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.stored()).isEmpty();
        assertThat(outcome.issues())
                .filteredOn(Issue::isError)
                .extracting(i -> i.code().code())
                .containsExactly("CSAR-SIGNATURE-INVALID");
        assertThat(outcome.rejectedForSignatureOnly()).isTrue();
    }

    @Test
    void onlyAnAdminMayOverrideASignatureAndNothingIsStoredOtherwise() {
        byte[] pkg = brokenSignature();
        String product = unique();
        ImportRequest byOperator = new ImportRequest(
                "fw.zip", pkg, Optional.of(product), Optional.empty(), Optional.of("vendor ticket 7"));
        ImportRequest noReason =
                new ImportRequest("fw.zip", pkg, Optional.of(product), Optional.empty(), Optional.of(" "));

        assertThatThrownBy(() -> exchange.importFile(byOperator, "it-operator", false))
                .isInstanceOfSatisfying(ChainlineException.class, e -> {
                    assertThat(e.code()).isEqualTo("CATALOG-OVERRIDE-ADMIN");
                    assertThat(e.category()).isEqualTo(ChainlineException.Category.FORBIDDEN);
                });
        assertThatThrownBy(() -> exchange.importFile(noReason, "admin", true))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("CATALOG-OVERRIDE-REASON"));
        assertThat(catalog.count(new CatalogQuery(product, Optional.empty()))).isZero();
    }

    @Test
    void theOverrideIsOfferedOnlyWhenItWouldImport() {
        assertThat(exchange.blockedBeyondSignature(request(brokenSignature(), Optional.empty(), Optional.empty())))
                .isEmpty();
        byte[] typesOnly = new io.chainline.tosca.csar.CsarWriter()
                .write(new io.chainline.tosca.csar.CsarWriter.Content(
                        "Definitions/types.yaml",
                        java.util.Map.of(
                                "Definitions/types.yaml",
                                "tosca_definitions_version: tosca_simple_yaml_1_3\ndescription: types only\n"
                                        .getBytes(StandardCharsets.UTF_8)),
                        java.util.Map.of(
                                "vnf_provider_id", "Chainline",
                                "vnf_product_name", "types",
                                "vnf_release_date_time", "2026-12-05T10:00:00+00:00",
                                "vnf_package_version", "1.0"),
                        "Chainline tests"));
        ImportRequest nothingToImport =
                request(SignedPackages.withBrokenSignature("types", typesOnly), Optional.empty(), Optional.empty());

        assertThat(exchange.importFile(nothingToImport, "admin", true).rejectedForSignatureOnly())
                .isTrue();
        assertThat(exchange.blockedBeyondSignature(nothingToImport))
                .as("an admin is not asked for a reason to override a signature for nothing")
                .hasValueSatisfying(why -> assertThat(why).contains("no VNF or PNF descriptor"));
    }

    @Test
    void anOverrideNeverLiftsAnyOtherError() {
        byte[] broken = """
                tosca_definitions_version: tosca_simple_yaml_1_3
                topology_template:
                  node_templates:
                    vdu1:
                      type: tosca.nodes.nfv.Vdu.Nonsense
                """.getBytes(StandardCharsets.UTF_8);

        ImportOutcome outcome = exchange.importFile(
                new ImportRequest("bad.yaml", broken, Optional.empty(), Optional.empty(), Optional.of("because")),
                "admin",
                true);

        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.overridden()).isEmpty();
        assertThat(outcome.issues()).extracting(i -> i.code().code()).contains("TOSCA-TYPE-UNKNOWN");
    }

    @Test
    void anOverriddenDraftIsStoredWithItsAuditRecordNamingWhoWhatAndWhy() {
        byte[] pkg = "the package".getBytes(StandardCharsets.UTF_8);
        ImportRequest request = new ImportRequest(
                "fw.zip", pkg, Optional.empty(), Optional.empty(), Optional.of("Vendor ticket 42: expired in 2019"));
        Issue failure = new Issue(
                io.chainline.tosca.issue.IssueCode.CSAR_SIGNATURE_INVALID,
                io.chainline.tosca.issue.Severity.ERROR,
                "fw.cms",
                0,
                0,
                "",
                "The signature does not match the signed content.");

        VnfSummary stored = signatureOverride.store(
                () -> catalog.createDraft(CatalogContract.unique(DemoDescriptors.firewall()), "admin"),
                request,
                List.of(failure),
                "admin");

        assertThat(audit.history("vnf", stored.id().toString()))
                .filteredOn(e -> e.action().equals(SignatureOverride.ACTION))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("admin");
                    assertThat(e.detail())
                            .contains("fw.zip")
                            .contains("SHA-256 " + SignatureOverride.sha256(pkg))
                            .contains("CSAR-SIGNATURE-INVALID")
                            .contains("does not match the signed content")
                            .contains("Reason: Vendor ticket 42: expired in 2019");
                });
    }

    /**
     * Relies on the engine side of the override (ToscaEngine.withSignatureOverride turns the failure into a
     * CSAR-SIGNATURE-OVERRIDDEN warning quoting it): the console's part is the rule, the confirmation and the audit.
     */
    @Test
    void anAdminImportsAPackageWhoseSignatureFailsWithTheFailureKeptAsAWarning() {
        byte[] pkg = brokenSignature();

        ImportOutcome outcome = exchange.importFile(
                request(pkg, Optional.empty(), Optional.of("Vendor ticket 42: expired in 2019")), "admin", true);

        assertThat(outcome.stored())
                .as("stored despite the signature: %s", outcome.issues())
                .isPresent();
        assertThat(outcome.overridden()).extracting(i -> i.code().code()).containsExactly("CSAR-SIGNATURE-INVALID");
        assertThat(outcome.warnings()).extracting(i -> i.code().code()).contains("CSAR-SIGNATURE-OVERRIDDEN");
        assertThat(audit.history("vnf", outcome.stored().orElseThrow().id().toString()))
                .extracting(AuditLog.Entry::action)
                .contains(SignatureOverride.ACTION);
        // the draft keeps what its import said, written with it
        ImportReport report = records.ofVnf(outcome.stored().orElseThrow().id()).orElseThrow();
        assertThat(report.signatureOverridden()).isTrue();
        assertThat(report.sha256()).isEqualTo(SignatureOverride.sha256(pkg));
        assertThat(report.importedBy()).isEqualTo("admin");
        assertThat(report.profile()).isEqualTo(Profile.INTEROP);
        assertThat(report.findings()).extracting(ImportReport.Finding::code).contains("CSAR-SIGNATURE-OVERRIDDEN");
    }

    @Test
    void aCollisionStoresNothingNotEvenTheImportRecord() {
        byte[] pkg = brokenSignature();
        ImportRequest first = request(pkg, Optional.empty(), Optional.of("ticket 7"));
        VnfSummary stored = exchange.importFile(first, "admin", true).stored().orElseThrow();
        ImportRequest again = new ImportRequest(
                "fw.zip", pkg, Optional.of(stored.productName()), Optional.empty(), Optional.of("ticket 7"));

        assertThatThrownBy(() -> exchange.importFile(again, "admin", true))
                .isInstanceOf(ImportRefusal.class)
                .hasMessageContaining("already");
        assertThat(catalog.versionsOf(stored.id())).hasSize(1);
    }
}
