package io.chainline.console.catalog.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import io.chainline.console.catalog.service.CatalogQuery;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.VnfSummary;
import io.chainline.console.support.SignedPackages;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.model.Sol001Edition;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

/**
 * The import dialog, server-side: the profile in effect (and strict for one import), warnings shown in place after an
 * import, and a package rejected for its signature alone: an ADMIN's confirmed override, everyone else told why not.
 */
class ImportProfileViewTest extends ViewTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    io.chainline.console.catalog.service.CatalogExchange exchange;

    /** The demo firewall's package; it is imported under a product name of its own, so it never collides. */
    private byte[] firewallCsar() {
        VnfSummary firewall = catalog.search(new CatalogQuery("vFirewall", Optional.empty()), 0, 1, Sort.unsorted())
                .getFirst();
        return exchange.exportCsar(firewall.id(), Sol001Edition.V4_4_1);
    }

    private void openImport(String user, String name, byte[] file) {
        signIn(user);
        navigate(CatalogView.class);
        click("catalog-import");
        test(byId(Upload.class, "import-upload")).upload(name, "application/zip", file);
        type(
                "import-product-name",
                "vFirewall-import-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Profile> profile() {
        return byId(RadioButtonGroup.class, "import-profile");
    }

    @Test
    void theDialogShowsTheConsolesProfileAndStrictAppliesToOneImport() {
        byte[] broken =
                "tosca_definitions_version: tosca_simple_yaml_1_3\nnode_types: [\n".getBytes(StandardCharsets.UTF_8);
        openImport(TestUsers.OPERATOR, "broken.yaml", broken);

        assertThat(profile().getValue()).isEqualTo(Profile.INTEROP);
        assertThat(profile().getHelperText()).contains("default is interop");
        profile().setValue(Profile.STRICT);
        click("import-run");

        assertThat(textOf("import-verdict"))
                .contains("rejected by the strict profile")
                .contains("nothing was stored");
        assertThat(rows("import-issues")).first().asString().startsWith("YAML-SYNTAX | Error | broken.yaml:");
    }

    @Test
    void anImportWithWarningsIsStoredAndShowsThemInPlaceBeforeTheDesignerOpens() {
        openImport(TestUsers.OPERATOR, "fw-signed.zip", SignedPackages.signed("fw", firewallCsar()));

        click("import-run");

        assertThat(textOf("import-verdict"))
                .startsWith("Imported with ")
                .contains("warning")
                .contains("is now a draft of")
                .contains("(interop profile)");
        assertThat(rows("import-issues"))
                .anySatisfy(row -> assertThat(row).startsWith("CSAR-SIGNATURE-UNVERIFIED | Warning | "));
        assertThat(byId(Button.class, "import-run").isEnabled()).isFalse();

        click("import-open");

        assertThat(getCurrentView()).isInstanceOf(VnfDesignerView.class);
        // the designer keeps what the import said, in place: one line, the findings one click away
        assertThat(textOf("import-report-summary"))
                .startsWith("Imported from fw-signed.zip with the interop profile, ")
                .contains("warning");
        assertThat(byId(Details.class, "import-report-findings").isOpened()).isFalse();
        assertThat(rows("import-report-grid"))
                .anySatisfy(row -> assertThat(row).startsWith("CSAR-SIGNATURE-UNVERIFIED | Warning | "));
    }

    @Test
    void afterAnImportRemovingTheFileAndChoosingAnotherStartsAfresh() {
        openImport(TestUsers.OPERATOR, "fw-signed.zip", SignedPackages.signed("fw", firewallCsar()));
        click("import-run");
        assertThat(byId(Button.class, "import-run").isEnabled()).isFalse();

        Upload upload = byId(Upload.class, "import-upload");
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                upload, new com.vaadin.flow.component.upload.FileRemovedEvent(upload, "fw-signed.zip"));

        assertThat(textOf("import-verdict")).as("the old success text is gone").isEmpty();
        assertThat(shown("import-issues")).as("the old findings are gone").isFalse();
        assertThat(shown("import-open")).isFalse();

        test(upload).upload("fw-again.zip", "application/zip", SignedPackages.signed("fw", firewallCsar()));
        assertThat(byId(Button.class, "import-run").isEnabled()).isTrue();
        type(
                "import-product-name",
                "vFirewall-again-" + UUID.randomUUID().toString().substring(0, 8));
        click("import-run");

        assertThat(textOf("import-verdict")).startsWith("Imported with ").contains("fw-again.zip");
        click("import-open");
        assertThat(getCurrentView()).isInstanceOf(VnfDesignerView.class);
        assertThat(textOf("designer-title")).contains("vFirewall-again-");
    }

    @Test
    void onlyAnAdminIsOfferedTheOverrideOfAFailingSignatureAndOthersReadWhy() {
        openImport(TestUsers.OPERATOR, "fw.zip", SignedPackages.withBrokenSignature("fw", firewallCsar()));

        click("import-run");

        assertThat(rows("import-issues")).anySatisfy(row -> assertThat(row).startsWith("CSAR-SIGNATURE-INVALID"));
        assertThat(shown("import-override-panel")).isTrue();
        assertThat(textOf("import-override-why")).contains("Only an ADMIN may import");
        Button override = byId(Button.class, "import-override");
        assertThat(override.isEnabled()).isFalse();
        assertThat(override.getTooltip().getText()).contains("Only an ADMIN");
        assertThat(shown("import-override-reason")).isFalse();
    }

    @Test
    void anAdminsOverrideNeedsAReasonAndAConfirmationThatSaysItIsAudited() {
        openImport(TestUsers.ADMIN, "fw.zip", SignedPackages.withBrokenSignature("fw", firewallCsar()));
        click("import-run");

        click("import-override");

        assertThat(byId(TextField.class, "import-override-reason").isInvalid()).isTrue();
        assertThat(confirmationOpen()).isFalse();
        type("import-override-reason", "Vendor ticket 42: certificate expired in 2019");
        click("import-override");

        assertThat(confirmation())
                .contains("Import fw.zip despite its signature?")
                .contains(SignatureOverridePanel.CONSEQUENCE)
                .contains("Your reason: Vendor ticket 42: certificate expired in 2019");
        assertThat(textOf("confirm-override-failure"))
                .startsWith("Fails: CSAR-SIGNATURE-INVALID — ")
                .doesNotContain("\n");
        assertThat(byId(Details.class, "confirm-override-details").isOpened()).isFalse();
        // a security override is dangerous: red confirm button, and Enter cancels (Cancel takes the focus)
        assertThat(byId(Button.class, "confirm-ok").getElement().getAttribute("theme"))
                .contains("error");
        assertThat(byId(Button.class, "confirm-cancel").getElement().hasAttribute("data-default-focus"))
                .isTrue();
        click("confirm-cancel");
        assertThat(confirmationOpen()).isFalse();
        assertThat(textOf("import-verdict")).contains("nothing was stored");
    }

    /**
     * Relies on the engine side of the override (ToscaEngine.withSignatureOverride turns the failure into a
     * CSAR-SIGNATURE-OVERRIDDEN warning quoting it): the console's part is the rule, the confirmation and the audit.
     */
    @Test
    void anAdminsConfirmedOverrideStoresThePackageWithTheFailureAsAWarning() {
        openImport(TestUsers.ADMIN, "fw.zip", SignedPackages.withBrokenSignature("fw", firewallCsar()));
        click("import-run");
        type("import-override-reason", "Vendor ticket 42: certificate expired in 2019");
        click("import-override");

        click("confirm-ok");

        assertThat(textOf("import-verdict"))
                .contains("is now a draft of")
                .contains("Its signature failure was overridden and recorded in the audit log.");
        assertThat(rows("import-issues")).anySatisfy(row -> assertThat(row).startsWith("CSAR-SIGNATURE-OVERRIDDEN"));
    }
}
