package io.chainline.console.chain.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.CatalogQuery;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.VnfSummary;
import io.chainline.console.chain.service.ChainEdits;
import io.chainline.console.chain.service.ChainPreviews;
import io.chainline.console.chain.service.VnfLabels;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfProfileRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;

/**
 * The chain's parts: the published catalog VNFs it uses, the NS links between them and which of each VNF's exposed
 * requirements sits on which link. Only published catalog versions are offered, since only they may be chained.
 */
final class ChainPartsEditor extends VerticalLayout {

    private final ChainDraft draft;
    private final CatalogService catalog;
    private final Map<String, Optional<VnfDescriptor>> vnfds = new HashMap<>();
    private final Grid<VnfProfileRef> vnfGrid = new Grid<>(VnfProfileRef.class, false);
    private final Grid<VirtualLink> linkGrid = new Grid<>(VirtualLink.class, false);
    private final VerticalLayout connections = new VerticalLayout();
    private final HorizontalLayout addVnf = new HorizontalLayout();
    private final HorizontalLayout addLink = new HorizontalLayout();

    ChainPartsEditor(ChainDraft draft, CatalogService catalog) {
        this.draft = draft;
        this.catalog = catalog;
        setPadding(false);
        vnfGrid.setId("chain-vnfs");
        vnfGrid.setAllRowsVisible(true);
        vnfGrid.addColumn(VnfProfileRef::node).setHeader("VNF").setAutoWidth(true);
        vnfGrid.addColumn(this::catalogLabel).setHeader("Catalog version").setAutoWidth(true);
        vnfGrid.addColumn(v -> v.flavourId()
                        + v.instantiationLevel().map(l -> " / " + l).orElse(""))
                .setHeader("Flavour / level");
        vnfGrid.addComponentColumn(v -> removeButton(
                        "chain-remove-vnf-" + v.node(),
                        () -> draft.remove(
                                "Remove VNF " + v.node() + "?",
                                "The VNF leaves this chain, with its connections and every hop through it."
                                        + " The catalog version stays as it is.",
                                "Remove VNF",
                                ns -> ChainPreviews.removeVnf(ns, v.node()))))
                .setHeader("")
                .setAutoWidth(true);
        configureLinkGrid();
        connections.setId("chain-connections");
        connections.setPadding(false);
        connections.setSpacing(false);
        buildAddVnf();
        buildAddLink();
        add(new H3("VNFs"), vnfGrid, addVnf, new H3("Links"), linkGrid, addLink, new H3("Connections"), connections);
    }

    private void configureLinkGrid() {
        linkGrid.setId("chain-links");
        linkGrid.setAllRowsVisible(true);
        linkGrid.addColumn(VirtualLink::node).setHeader("Link").setAutoWidth(true);
        linkGrid.addColumn(l -> String.join(", ", l.layerProtocols())).setHeader("Protocol");
        linkGrid.addComponentColumn(l -> removeButton(
                        "chain-remove-link-" + l.node(),
                        () -> draft.remove(
                                "Remove link " + l.node() + "?",
                                "The link leaves this chain; the VNF connections on it and the hops through them go"
                                        + " too.",
                                "Remove link",
                                ns -> ChainPreviews.removeLink(ns, l.node()))))
                .setHeader("")
                .setAutoWidth(true);
    }

    void refresh() {
        vnfGrid.setItems(draft.current().vnfs());
        linkGrid.setItems(draft.current().virtualLinks());
        addVnf.setVisible(draft.editable());
        addLink.setVisible(draft.editable());
        vnfGrid.getColumns().getLast().setVisible(draft.editable());
        linkGrid.getColumns().getLast().setVisible(draft.editable());
        connections.removeAll();
        List<String> links =
                draft.current().virtualLinks().stream().map(VirtualLink::node).toList();
        for (VnfProfileRef vnf : draft.current().vnfs()) {
            List<String> requirements = vnfd(vnf)
                    .map(ChainEdits::requirementsOf)
                    .orElse(List.copyOf(vnf.virtualLinks().keySet()));
            if (requirements.isEmpty()) {
                connections.add(new Span(vnf.node() + " exposes no connection points to a chain."));
            }
            for (String requirement : requirements) {
                connections.add(connection(vnf, requirement, links));
            }
        }
    }

    /** The VNF's catalog descriptor, looked up once per editor. */
    Optional<VnfDescriptor> vnfd(VnfProfileRef vnf) {
        return vnfds.computeIfAbsent(
                vnf.descriptorId(),
                id -> catalog.findByDescriptorId(id)
                        .map(s -> catalog.get(s.id()).descriptor()));
    }

    private HorizontalLayout connection(VnfProfileRef vnf, String requirement, List<String> links) {
        Select<String> on = new Select<>();
        on.setId("chain-connect-" + vnf.node() + "-" + requirement);
        on.setItems(concat("", links));
        on.setItemLabelGenerator(l -> l.isEmpty() ? "not connected" : l);
        Optional<String> current = Optional.ofNullable(vnf.virtualLinks().get(requirement))
                .flatMap(point -> ChainEdits.linkOf(draft.current(), point));
        on.setValue(current.orElse(""));
        on.setReadOnly(!draft.editable());
        on.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            String what = vnf.node() + " · " + requirement;
            if (e.getValue().isEmpty()) {
                draft.remove(
                        "Disconnect " + what + "?",
                        what + " is no longer on a link; hops through it lose that connection point.",
                        "Disconnect",
                        ns -> ChainPreviews.disconnect(ns, vnf.node(), requirement));
            } else {
                draft.keep(
                        "Move " + what + " to " + e.getValue() + "?",
                        "Move",
                        ns -> ChainPreviews.connect(ns, vnf.node(), requirement, e.getValue()));
            }
        });
        Span label = new Span(vnf.node() + " · " + requirement);
        label.setWidth("16em");
        HorizontalLayout row = new HorizontalLayout(label, on);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void buildAddVnf() {
        Select<VnfSummary> which = new Select<>();
        which.setId("chain-add-vnf-catalog");
        which.setLabel("Published catalog VNF");
        List<VnfSummary> published = published();
        Map<java.util.UUID, String> labels = VnfLabels.unique(published);
        which.setItemLabelGenerator(s -> labels.getOrDefault(s.id(), VnfLabels.label(s)));
        TextField name = new TextField("Name in this chain");
        name.setId("chain-add-vnf-name");
        which.setItems(published);
        which.addValueChangeListener(e -> {
            if (e.getValue() != null && name.isEmpty()) {
                name.setValue(e.getValue().productName().toLowerCase().replaceAll("[^a-z0-9]+", "_"));
            }
        });
        Button add = new Button("Add VNF", e -> {
            VnfSummary chosen = which.getValue();
            if (chosen == null) {
                draft.edit(ns -> {
                    throw new IllegalArgumentException("Choose a published catalog VNF first.");
                });
                return;
            }
            VnfDescriptor vnfd = catalog.get(chosen.id()).descriptor();
            vnfds.put(vnfd.descriptorId(), Optional.of(vnfd));
            draft.edit(ns -> ChainEdits.addVnf(ns, name.getValue().trim(), vnfd));
            name.clear();
            which.clear();
        });
        add.setId("chain-add-vnf");
        addVnf.add(which, name, add);
        addVnf.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    }

    private void buildAddLink() {
        TextField name = new TextField("Link name");
        name.setId("chain-add-link-name");
        Select<String> protocol = new Select<>();
        protocol.setLabel("Layer protocol");
        protocol.setId("chain-add-link-protocol");
        protocol.setItems("ipv4", "ipv6", "ethernet", "mpls", "odu2", "pseudo-wire");
        protocol.setValue("ipv4");
        Button add = new Button("Add link", e -> {
            draft.edit(ns -> ChainEdits.addLink(ns, name.getValue().trim(), protocol.getValue()));
            name.clear();
        });
        add.setId("chain-add-link");
        addLink.add(name, protocol, add);
        addLink.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    }

    private List<VnfSummary> published() {
        return catalog.search(
                new CatalogQuery("", Optional.of(DescriptorState.PUBLISHED)),
                0,
                500,
                Sort.by("productName", "descriptorVersion", "softwareVersion"));
    }

    private String catalogLabel(VnfProfileRef vnf) {
        return vnfd(vnf)
                .map(d -> VnfLabels.label(
                        d.identity().productName(),
                        d.identity().descriptorVersion(),
                        d.identity().softwareVersion(),
                        d.identity().provider()))
                .orElse("not in the catalog (" + vnf.descriptorId() + ")");
    }

    private Button removeButton(String id, Runnable ask) {
        Button remove = new Button("Remove", e -> ask.run());
        remove.setId(id);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return remove;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
