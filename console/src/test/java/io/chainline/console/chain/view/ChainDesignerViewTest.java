package io.chainline.console.chain.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The chain editor's logic, server-side: readiness, the publish rule and what a removal takes with it. */
class ChainDesignerViewTest extends ViewTest {

    @Autowired
    ChainService chains;

    private ChainSummary publishedVcpe() {
        return chains.list().stream()
                .filter(c -> c.name().equals("vCPE") && c.state() == DescriptorState.PUBLISHED)
                .findFirst()
                .orElseThrow();
    }

    /** A draft copy of the demo vCPE: VNFs joined by links, so removing one takes its connections along. */
    private ChainSummary vcpeDraft() {
        String version = "9." + UUID.randomUUID().toString().substring(0, 4);
        return chains.newVersion(publishedVcpe().id(), version, TestUsers.OPERATOR);
    }

    @Test
    void aNewChainAsksForItsNameInPlaceThenOpensUnpublishableSayingWhy() {
        signIn(TestUsers.OPERATOR);
        navigate(ChainsView.class);
        click("chains-new");
        click("chains-new-ok");
        TextField name = byId(TextField.class, "chains-new-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("Name the service");

        type("chains-new-name", "vCPE-" + UUID.randomUUID().toString().substring(0, 6));
        click("chains-new-ok");

        assertThat(getCurrentView()).isInstanceOf(ChainDesignerView.class);
        assertThat(byId(com.vaadin.flow.component.Component.class, "chain-verdict")
                        .getElement()
                        .getAttribute("data-publishable"))
                .isEqualTo("false");
        Button publish = byId(Button.class, "chain-publish");
        assertThat(publish.isEnabled()).isFalse();
        assertThat(publish.getTooltip().getText()).startsWith("Cannot publish yet: ");
    }

    @Test
    void removingAVnfListsWhatGoesWithItAndCancelKeepsEverything() {
        ChainSummary draft = vcpeDraft();
        signIn(TestUsers.OPERATOR);
        navigate("chains/" + draft.id(), ChainDesignerView.class);
        assertThat(byId(com.vaadin.flow.component.Component.class, "chain-verdict")
                        .getElement()
                        .getAttribute("data-publishable"))
                .isEqualTo("true");
        int vnfs = rows("chain-vnfs").size();
        String firstVnf = chains.get(draft.id()).descriptor().vnfs().getFirst().node();

        clickInGrid("chain-vnfs", "chain-remove-vnf-" + firstVnf);

        assertThat(confirmation()).contains(firstVnf).contains("This also removes:");
        assertThat(byId(com.vaadin.flow.component.html.UnorderedList.class, "confirm-also-removed")
                        .getChildren()
                        .count())
                .isPositive();
        click("confirm-cancel");
        assertThat(confirmationOpen()).isFalse();
        assertThat(rows("chain-vnfs")).hasSize(vnfs);
        assertThat(shown("chain-unsaved"))
                .as("a cancelled removal changes nothing")
                .isFalse();

        clickInGrid("chain-vnfs", "chain-remove-vnf-" + firstVnf);
        click("confirm-ok");
        assertThat(rows("chain-vnfs")).hasSize(vnfs - 1);
        assertThat(shown("chain-unsaved")).isTrue();
    }

    @Test
    void leavingWithUnsavedChangesAsksFirstAndCancelStays() {
        ChainSummary draft = vcpeDraft();
        signIn(TestUsers.OPERATOR);
        navigate("chains/" + draft.id(), ChainDesignerView.class);
        String firstVnf = chains.get(draft.id()).descriptor().vnfs().getFirst().node();
        clickInGrid("chain-vnfs", "chain-remove-vnf-" + firstVnf);
        click("confirm-ok");
        assertThat(shown("chain-unsaved")).isTrue();

        // as the side menu does; the test's own navigate() insists on arriving
        com.vaadin.flow.component.UI.getCurrent().navigate(ChainsView.class);
        assertThat(confirmation()).contains("Leave without saving?").contains("lost");
        click("confirm-cancel");
        assertThat(getCurrentView()).isInstanceOf(ChainDesignerView.class);
        assertThat(shown("chain-unsaved")).as("the edit is still there to save").isTrue();

        com.vaadin.flow.component.UI.getCurrent().navigate(ChainsView.class);
        click("confirm-ok");
        assertThat(getCurrentView()).isInstanceOf(ChainsView.class);
        assertThat(chains.get(draft.id()).descriptor().vnfs())
                .as("discarded: the saved draft is as it was")
                .extracting(v -> v.node())
                .contains(firstVnf);
    }

    @Test
    void aPublishedChainSaysItNeverChangesAndAViewerGetsNoEditing() {
        signIn(TestUsers.VIEWER);
        navigate("chains/" + publishedVcpe().id(), ChainDesignerView.class);

        assertThat(text()).contains("Published: this version never changes");
        assertThat(exists("chain-save")).isFalse();
        assertThat(exists("chain-publish")).isFalse();
    }

    @Test
    void aViewerSeesChainsButCannotCreateOrImport() {
        signIn(TestUsers.VIEWER);
        navigate(ChainsView.class);

        assertThat(rows("chains-grid")).anySatisfy(row -> assertThat(row).startsWith("vCPE"));
        assertThat(exists("chains-new")).isFalse();
        assertThat(exists("chains-import")).isFalse();
    }
}
