package io.chainline.console.chain.view;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
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
import io.chainline.console.catalog.service.DescriptorDiff;
import io.chainline.console.catalog.view.StateBadge;
import io.chainline.console.chain.service.ChainExchange;
import io.chainline.console.chain.service.ChainReadiness;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.security.view.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The chain editor's lifecycle buttons and downloads: save, publish, new version, clone, deprecate, delete. */
final class ChainActions {

    private final ChainDesignerView view;
    private final ChainService chains;
    private final ChainExchange exchange;
    private final DescriptorDiff diff;
    private final CurrentUser user;
    private Button publish;

    ChainActions(
            ChainDesignerView view,
            ChainService chains,
            ChainExchange exchange,
            DescriptorDiff diff,
            CurrentUser user) {
        this.view = view;
        this.chains = chains;
        this.exchange = exchange;
        this.diff = diff;
        this.user = user;
    }

    HorizontalLayout buttons(ChainSummary summary, boolean operator, boolean editable) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (editable) {
            buttons.add(button("Save draft", "chain-save", e -> view.save()));
            publish = button("Publish", "chain-publish", e -> {
                if (!view.readiness().publishable()) {
                    return; // the button is disabled then; a stale click publishes nothing
                }
                long version = view.save();
                chains.publish(summary.id(), version, view.actor());
                view.reload();
            });
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(publish);
        }
        if (operator) {
            buttons.add(button(
                    "New version",
                    "chain-new-version",
                    e -> AskDialog.ask(
                            "chain",
                            "New version of " + summary.name(),
                            "Version",
                            AskDialog.nextVersion(summary.nsVersion()),
                            value -> open(chains.newVersion(summary.id(), value, view.actor())
                                    .id()))));
            buttons.add(button(
                    "Clone as service",
                    "chain-clone",
                    e -> AskDialog.ask(
                            "chain",
                            "Clone " + summary.name(),
                            "New service name",
                            summary.name() + " copy",
                            value -> open(chains.cloneAsService(summary.id(), value, view.actor())
                                    .id()))));
            if (summary.state() == DescriptorState.PUBLISHED) {
                buttons.add(button("Deprecate", "chain-deprecate", e -> {
                    chains.deprecate(summary.id(), view.version(), view.actor());
                    view.reload();
                }));
            }
            Button delete = button("Delete", "chain-delete", e -> confirmDelete(summary));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(delete);
        }
        buttons.add(button("Compare…", "chain-compare", e -> compare(summary)));
        buttons.add(
                ChainDownloads.anchor(
                        "SOL001 YAML",
                        "chain-download-yaml",
                        ChainDownloads.fileName(summary, ".yaml"),
                        "application/yaml",
                        () -> ChainDownloads.yaml(exchange, summary.id()).getBytes(StandardCharsets.UTF_8)),
                ChainDownloads.anchor(
                        "CSAR",
                        "chain-download-csar",
                        ChainDownloads.fileName(summary, ".csar"),
                        "application/zip",
                        () -> exchange.exportCsar(summary.id())));
        return buttons;
    }

    private static Button button(String label, String id, ComponentEventListener<ClickEvent<Button>> click) {
        Button button = new Button(label, click);
        button.setId(id);
        return button;
    }

    /** The Publish button follows the one publish rule: disabled, naming the first blocking finding, until it holds. */
    void readiness(ChainReadiness readiness) {
        if (publish == null) {
            return;
        }
        publish.setEnabled(readiness.publishable());
        publish.setTooltipText(readiness
                .blocking()
                .map(f -> "Cannot publish yet: " + f.describe())
                .orElse(null));
    }

    private void confirmDelete(ChainSummary summary) {
        Confirm.destructive(
                "Delete " + summary.name() + " " + summary.nsVersion() + "?",
                "The version is removed. The catalog VNFs it used stay as they are.",
                "Delete",
                () -> {
                    chains.delete(summary.id(), view.version(), view.actor());
                    UI.getCurrent().navigate(ChainsView.class);
                });
    }

    private void compare(ChainSummary summary) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Compare " + summary.name() + " " + summary.nsVersion() + " with…");
        dialog.setWidth("60em");
        Select<ChainSummary> other = new Select<>();
        other.setItems(chains.list().stream()
                .filter(c -> c.name().equals(summary.name()) && !c.id().equals(summary.id()))
                .toList());
        other.setItemLabelGenerator(c -> c.nsVersion() + " (" + StateBadge.label(c.state()) + ")");
        other.setId("chain-compare-with");
        Grid<DescriptorDiff.Change> changes = new Grid<>(DescriptorDiff.Change.class, false);
        changes.setId("chain-diff");
        changes.addColumn(DescriptorDiff.Change::kind).setHeader("").setAutoWidth(true);
        changes.addColumn(DescriptorDiff.Change::path).setHeader("Where").setAutoWidth(true);
        changes.addColumn(c -> c.before() == null ? "" : c.before()).setHeader("Before");
        changes.addColumn(c -> c.after() == null ? "" : c.after()).setHeader("After");
        other.addValueChangeListener(e -> changes.setItems(diff.compare(
                chains.get(e.getValue().id()).descriptor(),
                chains.get(summary.id()).descriptor())));
        dialog.add(other, changes);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    private static void open(UUID id) {
        UI.getCurrent().navigate(ChainDesignerView.class, new RouteParameters("id", id.toString()));
    }
}
