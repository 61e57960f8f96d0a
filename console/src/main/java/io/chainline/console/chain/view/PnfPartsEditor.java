package io.chainline.console.chain.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.console.catalog.service.PnfCatalog;
import io.chainline.console.catalog.service.PnfSummary;
import io.chainline.console.chain.service.ChainPreviews;
import io.chainline.console.chain.service.PnfEdits;
import io.chainline.tosca.model.PnfRef;
import io.chainline.tosca.model.VirtualLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chain's physical network functions: a catalog PNFD added under a name, each of its external connection points
 * put on an NS link. Nothing is deployed for them; the picture draws them as physical.
 */
final class PnfPartsEditor extends VerticalLayout {

    private final ChainDraft draft;
    private final PnfCatalog pnfs;
    private final VerticalLayout rows = new VerticalLayout();
    private final HorizontalLayout addPnf = new HorizontalLayout();

    PnfPartsEditor(ChainDraft draft, PnfCatalog pnfs) {
        this.draft = draft;
        this.pnfs = pnfs;
        setPadding(false);
        setId("chain-pnfs");
        rows.setPadding(false);
        rows.setSpacing(false);
        buildAdd();
        add(new H3("PNFs (physical, not deployed)"), rows, addPnf);
    }

    void refresh() {
        addPnf.setVisible(draft.editable());
        rows.removeAll();
        List<String> links =
                draft.current().virtualLinks().stream().map(VirtualLink::node).toList();
        for (PnfRef pnf : draft.current().pnfs()) {
            Optional<PnfCatalog.PnfVersion> pnfd = pnfs.byDescriptorId(pnf.descriptorId());
            Span title = new Span(pnf.node() + " · "
                    + pnfd.map(p -> p.summary().name() + " " + p.summary().descriptorVersion() + " by "
                                    + p.summary().provider())
                            .orElse("not in the catalog (" + pnf.descriptorId() + ")"));
            HorizontalLayout head = new HorizontalLayout(title);
            if (draft.editable()) {
                head.add(removeButton(pnf));
            }
            head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            rows.add(head);
            List<String> cps = pnfd.map(p -> PnfEdits.extCpsOf(p.descriptor()))
                    .orElse(List.copyOf(pnf.virtualLinks().keySet()));
            cps.forEach(cp -> rows.add(connection(pnf, cp, links)));
        }
    }

    private Button removeButton(PnfRef pnf) {
        Button remove = new Button(
                "Remove",
                e -> draft.remove(
                        "Remove PNF " + pnf.node() + "?",
                        "The PNF leaves this chain, with its connections and every hop through it. The catalog's PNFD"
                                + " stays as it is.",
                        "Remove PNF",
                        ns -> ChainPreviews.removePnf(ns, pnf.node())));
        remove.setId("chain-remove-pnf-" + pnf.node());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return remove;
    }

    private HorizontalLayout connection(PnfRef pnf, String cp, List<String> links) {
        Select<String> on = new Select<>();
        on.setId("chain-connect-pnf-" + pnf.node() + "-" + cp);
        List<String> choices = new ArrayList<>();
        choices.add("");
        choices.addAll(links);
        on.setItems(choices);
        on.setItemLabelGenerator(l -> l.isEmpty() ? "not connected" : l);
        on.setValue(pnf.virtualLinks().getOrDefault(cp, ""));
        on.setReadOnly(!draft.editable());
        on.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            String what = pnf.node() + " · " + cp;
            if (e.getValue().isEmpty()) {
                draft.keep(
                        "Disconnect " + what + "?",
                        "Disconnect",
                        ns -> ChainPreviews.disconnectPnf(ns, pnf.node(), cp));
            } else {
                draft.keep(
                        "Move " + what + " to " + e.getValue() + "?",
                        "Move",
                        ns -> ChainPreviews.connectPnf(ns, pnf.node(), cp, e.getValue()));
            }
        });
        Span label = new Span(pnf.node() + " · " + cp);
        label.setWidth("16em");
        HorizontalLayout row = new HorizontalLayout(label, on);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void buildAdd() {
        Select<PnfSummary> which = new Select<>();
        which.setId("chain-add-pnf-catalog");
        which.setLabel("Catalog PNF");
        which.setItemLabelGenerator(s -> s.name() + " " + s.descriptorVersion() + " (" + s.provider() + ")");
        which.setItems(pnfs.all());
        which.setEmptySelectionAllowed(false);
        TextField name = new TextField("Name in this chain");
        name.setId("chain-add-pnf-name");
        which.addValueChangeListener(e -> {
            if (e.getValue() != null && name.isEmpty()) {
                name.setValue(e.getValue().name().toLowerCase().replaceAll("[^a-z0-9]+", "_"));
            }
        });
        Button add = new Button("Add PNF", e -> {
            PnfSummary chosen = which.getValue();
            if (chosen == null) {
                draft.edit(ns -> {
                    throw new IllegalArgumentException("Choose a catalog PNF first (import its PNFD in the catalog).");
                });
                return;
            }
            var pnfd = pnfs.get(chosen.id()).descriptor();
            draft.edit(ns -> PnfEdits.addPnf(ns, name.getValue().trim(), pnfd));
            name.clear();
            which.clear();
        });
        add.setId("chain-add-pnf");
        addPnf.add(which, name, add);
        addPnf.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    }
}
