package io.chainline.console.catalog.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;
import io.chainline.console.base.view.AskDialog;
import io.chainline.console.base.view.Confirm;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.DescriptorDiff;
import io.chainline.console.catalog.service.VnfSummary;
import io.chainline.console.security.view.CurrentUser;
import java.util.UUID;

/** The designer's lifecycle buttons: save, publish, new version, clone, deprecate, delete, compare. */
final class DesignerActions {

    private final VnfDesignerView view;
    private final CatalogService catalog;
    private final DescriptorDiff diff;
    private final CurrentUser user;
    private Button publish;

    DesignerActions(VnfDesignerView view, CatalogService catalog, DescriptorDiff diff, CurrentUser user) {
        this.view = view;
        this.catalog = catalog;
        this.diff = diff;
        this.user = user;
    }

    HorizontalLayout buttons(VnfSummary summary, boolean operator, boolean editable) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (editable) {
            buttons.add(button("Save draft", "designer-save", e -> view.save()));
            publish = button("Publish", "designer-publish", e -> {
                long version = view.save();
                catalog.publish(summary.id(), version, actor());
                view.reload();
            });
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(publish);
        }
        if (operator) {
            buttons.add(button(
                    "New version",
                    "designer-new-version",
                    e -> AskDialog.ask(
                            "designer",
                            "New version of " + summary.productName(),
                            "Descriptor version",
                            AskDialog.nextVersion(summary.descriptorVersion()),
                            value -> open(catalog.newVersion(summary.id(), value, actor())
                                    .id()))));
            buttons.add(button(
                    "Clone as product",
                    "designer-clone",
                    e -> AskDialog.ask(
                            "designer",
                            "Clone " + summary.productName(),
                            "New product name",
                            summary.productName() + " copy",
                            value -> open(catalog.cloneAsProduct(summary.id(), value, actor())
                                    .id()))));
            if (summary.state() == DescriptorState.PUBLISHED) {
                buttons.add(button("Deprecate", "designer-deprecate", e -> {
                    catalog.deprecate(summary.id(), view.version(), actor());
                    view.reload();
                }));
            }
            Button delete = button("Delete", "designer-delete", e -> confirmDelete(summary));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(delete);
        }
        buttons.add(button("Compare…", "designer-compare", e -> compare(summary)));
        return buttons;
    }

    /** Publish follows the one rule: disabled while the design has an error, saying which. */
    void show(io.chainline.console.catalog.service.Publishability verdict) {
        if (publish == null) {
            return;
        }
        publish.setEnabled(verdict.publishable());
        publish.setTooltipText(
                verdict.publishable() ? "Save and publish; it never changes after" : verdict.blockedBecause());
    }

    private static Button button(
            String label,
            String id,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button button = new Button(label, click);
        button.setId(id);
        return button;
    }

    private String actor() {
        return user.username().orElseThrow();
    }

    private void confirmDelete(VnfSummary summary) {
        Confirm.destructive(
                "Delete " + summary.productName() + " " + summary.descriptorVersion() + "?",
                "The version is removed from the catalog. Versions that service chains or deployments use are kept.",
                "Delete",
                () -> {
                    catalog.delete(summary.id(), view.version(), actor());
                    UI.getCurrent().navigate(CatalogView.class);
                });
    }

    private void compare(VnfSummary summary) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Compare " + summary.productName() + " " + summary.descriptorVersion() + " with…");
        dialog.setWidth("60em");
        Select<VnfSummary> other = new Select<>();
        other.setItems(catalog.versionsOf(summary.id()).stream()
                .filter(v -> !v.id().equals(summary.id()))
                .toList());
        other.setItemLabelGenerator(v -> v.descriptorVersion() + " (" + StateBadge.label(v.state()) + ")");
        other.setId("designer-compare-with");
        Grid<DescriptorDiff.Change> changes = new Grid<>(DescriptorDiff.Change.class, false);
        changes.setId("designer-diff");
        changes.addColumn(DescriptorDiff.Change::kind).setHeader("").setAutoWidth(true);
        changes.addColumn(DescriptorDiff.Change::path).setHeader("Where").setAutoWidth(true);
        changes.addColumn(c -> c.before() == null ? "" : c.before()).setHeader("Before");
        changes.addColumn(c -> c.after() == null ? "" : c.after()).setHeader("After");
        other.addValueChangeListener(
                e -> changes.setItems(diff.between(e.getValue().id(), summary.id())));
        dialog.add(other, changes);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    private static void open(UUID id) {
        UI.getCurrent().navigate(VnfDesignerView.class, new RouteParameters("id", id.toString()));
    }
}
