package io.chainline.console.chain.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import io.chainline.console.catalog.service.DemoDescriptors;
import io.chainline.console.chain.service.ChainEdits;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.Sol001Edition;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The chains' import dialog, server-side: the profile in effect, rejections and refusals as findings in place. */
class ChainImportViewTest extends ViewTest {

    private void openImport(String name, byte[] file) {
        signIn(TestUsers.OPERATOR);
        navigate(ChainsView.class);
        click("chains-import");
        test(byId(Upload.class, "chains-upload")).upload(name, "application/yaml", file);
    }

    @Test
    void aRejectedNsdIsListedAsFindingsNamingTheProfile() {
        openImport(
                "broken.yaml",
                "tosca_definitions_version: tosca_simple_yaml_1_3\nnode_types: [\n".getBytes(StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Profile> profile = byId(RadioButtonGroup.class, "chains-import-profile");

        assertThat(profile.getValue()).isEqualTo(Profile.INTEROP);
        click("chains-import-run");

        assertThat(textOf("chains-import-verdict"))
                .contains("rejected by the interop profile")
                .contains("nothing was stored");
        assertThat(rows("chains-import-issues")).first().asString().startsWith("YAML-SYNTAX | Error | broken.yaml:");
    }

    @Test
    void aVnfdIsRefusedAsAFindingInTheDialogNotAToast() {
        var written = new ToscaEngine()
                .export(DemoDescriptors.firewall(), Sol001Edition.V4_4_1)
                .written()
                .orElseThrow();
        openImport(written.entry(), written.files().get(written.entry()).getBytes(StandardCharsets.UTF_8));

        click("chains-import-run");

        assertThat(textOf("chains-import-verdict")).contains("was not imported; nothing was stored");
        assertThat(rows("chains-import-issues"))
                .singleElement()
                .asString()
                .startsWith("CHAIN-NOT-AN-NSD | Error | " + written.entry())
                .contains("no network service descriptor");
    }

    @Test
    void anNsdImportedWithWarningsShowsThemBeforeTheChainOpens() {
        NsDescriptor ns =
                ChainEdits.blank("chain-warn-" + UUID.randomUUID().toString().substring(0, 8), "Lab");
        var written =
                new ToscaEngine().export(ns, Sol001Edition.V4_4_1).written().orElseThrow();
        // a key given twice, as PyYAML-based tools accept it: a warning, not a refusal
        String yaml = written.files()
                .get(written.entry())
                .replaceFirst("(?m)^(tosca_definitions_version: .*)$", "$1\ndescription: first\ndescription: second");
        openImport(written.entry(), yaml.getBytes(StandardCharsets.UTF_8));

        click("chains-import-run");

        assertThat(textOf("chains-import-verdict"))
                .startsWith("Imported with ")
                .contains(" warning")
                .contains("is now a draft chain (interop profile)");
        assertThat(rows("chains-import-issues"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r).contains("DUPLICATE-KEY").contains(" | Warning | "));
        assertThat(shown("chains-import-open")).isTrue();
        click("chains-import-open");
        // "Show the chain": the dialog closes and the chains list selects the imported one
        assertThat(exists("chains-import-open")).isFalse();
    }
}
