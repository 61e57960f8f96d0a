package io.chainline.console.catalog.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.CatalogQuery;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.VnfSummary;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

/** The VNF designer's logic, server-side (what CatalogBrowserIT checked in Chromium before ADR 0026). */
class VnfDesignerViewTest extends ViewTest {

    @Autowired
    CatalogService catalog;

    private String newDraft() {
        String product = "vEdge-" + UUID.randomUUID().toString().substring(0, 6);
        signIn(TestUsers.OPERATOR);
        navigate(CatalogView.class);
        click("catalog-new");
        type("new-vnf-provider", "Example Networks");
        type("new-vnf-product", product);
        click("new-vnf-create");
        return product;
    }

    @Test
    void aNewVnfAsksForProviderAndNameInPlaceAndCreatesNothingWithout() {
        signIn(TestUsers.OPERATOR);
        navigate(CatalogView.class);
        long before = catalog.count(new CatalogQuery("", Optional.empty()));

        click("catalog-new");
        click("new-vnf-create");

        TextField provider = byId(TextField.class, "new-vnf-provider");
        TextField product = byId(TextField.class, "new-vnf-product");
        assertThat(provider.isInvalid()).isTrue();
        assertThat(provider.getErrorMessage()).startsWith("Required.");
        assertThat(product.isInvalid()).isTrue();
        assertThat(product.getErrorMessage()).contains("What it is called");
        assertThat(catalog.count(new CatalogQuery("", Optional.empty()))).isEqualTo(before);
    }

    @Test
    void aNewDraftOpensInTheDesignerAndCannotBePublishedSayingWhy() {
        String product = newDraft();

        assertThat(getCurrentView()).isInstanceOf(VnfDesignerView.class);
        assertThat(byId(com.vaadin.flow.component.html.H2.class, "designer-title")
                        .getText())
                .contains(product);
        assertThat(rows("designer-issues")).anySatisfy(row -> assertThat(row).startsWith("CATALOG-NO-VDU"));
        Button publish = byId(Button.class, "designer-publish");
        assertThat(publish.isEnabled()).isFalse();
        assertThat(publish.getTooltip().getText()).contains("VDU");
    }

    @Test
    void removingAVduAsksFirstAndCancelKeepsIt() {
        newDraft();
        click("designer-add-container-vdu");
        assertThat(exists("vdu-0-name")).isTrue();

        click("vdu-0-remove");
        assertThat(confirmation()).contains("Remove VDU").contains("It is gone once you save");
        click("confirm-cancel");
        assertThat(confirmationOpen()).isFalse();
        assertThat(exists("vdu-0-name")).isTrue();

        click("vdu-0-remove");
        click("confirm-ok");
        assertThat(exists("vdu-0-name")).isFalse();
        assertThat(rows("designer-issues")).anySatisfy(row -> assertThat(row).startsWith("CATALOG-NO-VDU"));
    }

    @Test
    void emptyingTheProductNameIsAFindingInPlaceAndBlocksPublish() {
        newDraft();
        click("designer-add-container-vdu");
        type("vdu-0-name", "web");

        type("identity-product-name", "");

        TextField name = byId(TextField.class, "identity-product-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("CATALOG-IDENTITY-MISSING");
        Button publish = byId(Button.class, "designer-publish");
        assertThat(publish.isEnabled()).isFalse();
        assertThat(publish.getTooltip().getText()).isNotBlank();
    }

    @Test
    void leavingWithUnsavedChangesAsksFirstAndLeaveDiscardsThem() {
        String product = newDraft();
        assertThat(shown("designer-unsaved")).as("nothing edited yet").isFalse();
        type("identity-provider", "Other Networks");
        assertThat(shown("designer-unsaved")).isTrue();

        // as the side menu does; the test's own navigate() insists on arriving
        com.vaadin.flow.component.UI.getCurrent().navigate(CatalogView.class);
        assertThat(confirmation())
                .contains("Leave without saving?")
                .contains(product)
                .contains("lost");
        click("confirm-cancel");
        assertThat(getCurrentView()).as("navigation postponed").isInstanceOf(VnfDesignerView.class);
        assertThat(byId(TextField.class, "identity-provider").getValue()).isEqualTo("Other Networks");

        com.vaadin.flow.component.UI.getCurrent().navigate(CatalogView.class);
        click("confirm-ok");
        assertThat(getCurrentView()).isInstanceOf(CatalogView.class);
        assertThat(catalog.search(new CatalogQuery(product, Optional.empty()), 0, 1, Sort.unsorted())
                        .getFirst()
                        .provider())
                .as("discarded: the saved draft is as it was")
                .isEqualTo("Example Networks");
    }

    @Test
    void afterSavingNavigationIsFree() {
        newDraft();
        type("identity-provider", "Other Networks");
        click("designer-save");
        assertThat(shown("designer-unsaved")).isFalse();

        com.vaadin.flow.component.UI.getCurrent().navigate(CatalogView.class);
        assertThat(confirmationOpen()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(CatalogView.class);
    }

    @Test
    void aPublishedVersionIsReadOnlyAndSaysItNeverChanges() {
        VnfSummary published = catalog.search(
                        new CatalogQuery("vRouter", Optional.of(DescriptorState.PUBLISHED)), 0, 1, Sort.unsorted())
                .getFirst();
        signIn(TestUsers.VIEWER);

        navigate("catalog/" + published.id(), VnfDesignerView.class);

        assertThat(byId(Component.class, "designer-state").getElement().getAttribute("data-state"))
                .isEqualTo("PUBLISHED");
        assertThat(text()).contains("Published: this version never changes; edit a new version instead.");
        assertThat(((HasValue<?, ?>) byId(Component.class, "vdu-0-vcpus")).isReadOnly())
                .isTrue();
        assertThat(textOf("designer-yaml")).contains("vim://vrouter-17.3");
        assertThat(exists("designer-save")).isFalse();
        assertThat(exists("designer-publish")).isFalse();
        assertThat(exists("designer-delete")).as("a viewer deletes nothing").isFalse();
        assertThat(shown("designer-add-container-vdu"))
                .as("no adding to a published version")
                .isFalse();
    }

    @Test
    void aViewerHasNoNewOrImportInTheCatalog() {
        signIn(TestUsers.VIEWER);
        navigate(CatalogView.class);

        assertThat(exists("catalog-grid")).isTrue();
        assertThat(exists("catalog-new")).isFalse();
        assertThat(exists("catalog-import")).isFalse();
    }
}
