package io.chainline.console.chain.view;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.chainline.console.catalog.view.AddressingForm;
import io.chainline.console.catalog.view.SubnetForm;
import io.chainline.console.chain.service.ChainEdits;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.L3Data;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.VirtualLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chain's addressing: each NS link's subnet and each service access point's addresses. The forms hold what was
 * typed (which is what the model holds); they are rebuilt only when the links or SAPs change, or the model no longer
 * says what a form shows, so leaving one field for the next does not take the focus away.
 */
final class ChainAddressingEditor extends VerticalLayout {

    private final ChainDraft draft;
    private final VerticalLayout subnets = new VerticalLayout();
    private final VerticalLayout saps = new VerticalLayout();
    private final Map<String, SubnetForm> subnetForms = new LinkedHashMap<>();
    private final Map<String, AddressingForm> sapForms = new LinkedHashMap<>();
    private List<String> shape = List.of();

    ChainAddressingEditor(ChainDraft draft) {
        this.draft = draft;
        setPadding(false);
        subnets.setId("chain-subnets");
        saps.setId("chain-saps");
        subnets.setPadding(false);
        saps.setPadding(false);
        add(new H3("Subnets"), subnets, new H3("Service access points"), saps);
    }

    void refresh() {
        NsDescriptor ns = draft.current();
        List<String> now = new ArrayList<>();
        now.add(String.valueOf(draft.editable()));
        ns.virtualLinks().forEach(l -> now.add("link " + l.node()));
        ns.saps()
                .forEach(s -> now.add(
                        "sap " + s.node() + " " + s.internalVirtualLink().orElse("")));
        if (now.equals(shape) && showsModel(ns)) {
            sapForms.values().forEach(AddressingForm::showFindings);
            return;
        }
        shape = now;
        rebuild(ns);
    }

    private boolean showsModel(NsDescriptor ns) {
        return ns.virtualLinks().stream()
                        .allMatch(l -> subnetForms.get(l.node()).value().equals(l.l3()))
                && ns.saps().stream()
                        .allMatch(s -> sapForms.get(s.node()).value().equals(s.addressing()));
    }

    private void rebuild(NsDescriptor ns) {
        subnets.removeAll();
        saps.removeAll();
        subnetForms.clear();
        sapForms.clear();
        for (VirtualLink link : ns.virtualLinks()) {
            SubnetForm form = new SubnetForm(
                    "chain-link-" + link.node(),
                    link.l3(),
                    draft.editable(),
                    l3 -> draft.edit(d -> ChainEdits.setSubnet(d, link.node(), l3)));
            subnetForms.put(link.node(), form);
            subnets.add(labelled(link.node(), form));
        }
        if (ns.virtualLinks().isEmpty()) {
            subnets.add(new Paragraph("No links yet."));
        }
        for (ExtCp sap : ns.saps()) {
            AddressingForm form = new AddressingForm(
                    "chain-sap-" + sap.node(),
                    sap.addressing(),
                    () -> subnetOf(sap),
                    draft.editable(),
                    a -> draft.edit(d -> ChainEdits.setSapAddressing(d, sap.node(), a)));
            sapForms.put(sap.node(), form);
            saps.add(labelled(
                    sap.node() + sap.internalVirtualLink().map(l -> " on " + l).orElse(""), form));
        }
        if (ns.saps().isEmpty()) {
            saps.add(new Paragraph("This chain has no service access points."));
        }
    }

    /** The subnet of the link the SAP is on, as the model has it now. */
    private Optional<L3Data> subnetOf(ExtCp sap) {
        return sap.internalVirtualLink()
                .flatMap(l -> draft.current().virtualLinks().stream()
                        .filter(x -> x.node().equals(l))
                        .findFirst())
                .flatMap(VirtualLink::l3);
    }

    private static HorizontalLayout labelled(String label, com.vaadin.flow.component.Component form) {
        Span name = new Span(label);
        name.setWidth("12em");
        HorizontalLayout row = new HorizontalLayout(name, form);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
