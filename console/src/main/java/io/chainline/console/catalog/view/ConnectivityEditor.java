package io.chainline.console.catalog.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.chainline.console.catalog.service.DesignPart;
import io.chainline.console.catalog.service.LinkEdits;
import io.chainline.console.catalog.service.VnfEdits;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VirtualLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;

/**
 * The flavour's internal virtual links and the VDUs' connection points onto them, a row each, rendered from the
 * model. Connection points pick their VDU and link from what the model holds now, so a renamed VDU shows up at once.
 */
final class ConnectivityEditor extends VerticalLayout {

    private static final List<String> PROTOCOLS = List.of("ipv4", "ipv6", "ethernet");

    private final Design design;
    private final VerticalLayout links = new VerticalLayout();
    private final VerticalLayout cps = new VerticalLayout();
    private final List<CpRow> cpRows = new ArrayList<>();

    ConnectivityEditor(Design design) {
        this.design = design;
        links.setId("links");
        cps.setId("cps");
        links.setPadding(false);
        cps.setPadding(false);
        Button addLink = new Button("Add virtual link", e -> {
            design.apply(d -> LinkEdits.addVl(
                    d,
                    new VirtualLink(
                            VnfEdits.freeName(d, "vl"),
                            Optional.empty(),
                            List.of("ipv4"),
                            Optional.empty(),
                            1_000_000_000L,
                            0)));
            reshaped();
        });
        addLink.setId("links-add");
        Button addCp = new Button("Add connection point", e -> {
            design.apply(d -> LinkEdits.addCp(
                    d,
                    new VduCp(
                            VnfEdits.freeName(d, "cp"),
                            List.of("ipv4"),
                            design.flavour().vdus().stream().map(Vdu::node).findFirst(),
                            Optional.empty(),
                            OptionalInt.empty())));
            reshaped();
        });
        addCp.setId("cps-add");
        addLink.setVisible(design.editable());
        addCp.setVisible(design.editable());
        setPadding(false);
        add(new H3("Virtual links"), links, addLink, new H3("Connection points"), cps, addCp);
        render();
    }

    private void reshaped() {
        render();
        design.reshaped();
    }

    void render() {
        links.removeAll();
        cps.removeAll();
        cpRows.clear();
        List<VirtualLink> ls = design.flavour().virtualLinks();
        for (int i = 0; i < ls.size(); i++) {
            VerticalLayout entry =
                    new VerticalLayout(linkRow("links-" + i, ls.get(i)), subnetForm("links-" + i, i, ls.get(i)));
            entry.setPadding(false);
            entry.setSpacing(false);
            links.add(entry);
        }
        List<VduCp> cs = design.flavour().cps();
        for (int i = 0; i < cs.size(); i++) {
            CpRow row = new CpRow("cps-" + i, cs.get(i));
            cpRows.add(row);
            cps.add(row.layout);
        }
    }

    /** Offers the current VDU and link names to the connection points' pickers. */
    void refreshChoices() {
        cpRows.forEach(CpRow::offer);
    }

    /** The link's subnet; {@code node} is looked up when edited, so a rename in between is followed. */
    private SubnetForm subnetForm(String id, int index, VirtualLink link) {
        return new SubnetForm(id, link.l3(), design.editable(), l3 -> {
            String node = design.flavour().virtualLinks().get(index).node();
            design.apply(d -> LinkEdits.setSubnet(d, node, l3));
            cpRows.forEach(r -> r.addressing.showFindings());
        });
    }

    private HorizontalLayout linkRow(String id, VirtualLink link) {
        String[] node = {link.node()};
        TextField name = nameField(id, "Link", node, (d, to) -> LinkEdits.renameVl(d, node[0], to));
        Button remove = removeButton(
                id,
                () -> design.remove(
                        "Remove virtual link " + node[0] + "?",
                        DesignPart.of(DesignPart.Kind.VIRTUAL_LINK, node[0]),
                        false,
                        d -> LinkEdits.removeVl(d, node[0]),
                        this::reshaped));
        return row(name, protocolSelect(id, link, node), bitrateField(id, link, node), remove);
    }

    /** The link's layer protocol; {@code node[0]} follows renames of the link. */
    private Select<String> protocolSelect(String id, VirtualLink link, String[] node) {
        Select<String> protocol = new Select<>();
        protocol.setLabel("Protocol");
        protocol.setId(id + "-protocol");
        protocol.setItems(PROTOCOLS);
        protocol.setValue(link.layerProtocols().stream()
                .filter(PROTOCOLS::contains)
                .findFirst()
                .orElse("ipv4"));
        protocol.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                design.apply(d -> LinkEdits.updateVl(
                        d,
                        node[0],
                        l -> new VirtualLink(
                                l.node(),
                                l.description(),
                                List.of(e.getValue()),
                                l.flowPattern(),
                                l.maxBitrate(),
                                l.minBitrate(),
                                l.l3())));
            }
        });
        return protocol;
    }

    private IntegerField bitrateField(String id, VirtualLink link, String[] node) {
        IntegerField bitrate = new IntegerField("Max Mbit/s");
        bitrate.setId(id + "-bitrate");
        bitrate.setValue((int) (link.maxBitrate() / 1_000_000));
        bitrate.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                int shown = VduEditor.value(bitrate, 0);
                // the form shows whole Mbit/s: an untouched field keeps the exact bitrate the model has
                design.apply(d -> LinkEdits.updateVl(
                        d,
                        node[0],
                        l -> new VirtualLink(
                                l.node(),
                                l.description(),
                                l.layerProtocols(),
                                l.flowPattern(),
                                l.maxBitrate() / 1_000_000 == shown ? l.maxBitrate() : shown * 1_000_000L,
                                l.minBitrate(),
                                l.l3())));
            }
        });
        return bitrate;
    }

    private TextField nameField(
            String id,
            String label,
            String[] node,
            BiFunction<io.chainline.tosca.model.VnfDescriptor, String, VnfEdits.Result> rename) {
        TextField name = new TextField(label);
        name.setId(id + "-name");
        name.setValue(node[0]);
        name.setReadOnly(!design.editable());
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> {
            String to = e.getValue().trim();
            if (!e.isFromClient() || to.equals(node[0])) {
                return;
            }
            boolean done = design.apply(d -> rename.apply(d, to));
            name.setInvalid(!done);
            name.setErrorMessage(done ? null : "Use a free name: a letter, then letters, digits, '_' or '-'");
            if (done) {
                node[0] = to;
                design.reshaped();
            }
        });
        return name;
    }

    private Button removeButton(String id, Runnable action) {
        Button remove = new Button("Remove", e -> action.run());
        remove.setId(id + "-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setVisible(design.editable());
        return remove;
    }

    private HorizontalLayout row(com.vaadin.flow.component.Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        for (var part : parts) {
            if (part instanceof com.vaadin.flow.component.HasValue<?, ?> field) {
                field.setReadOnly(!design.editable());
            }
        }
        return row;
    }

    private final class CpRow {
        private final String[] node;
        private final ComboBox<String> vdu = new ComboBox<>("VDU");
        private final ComboBox<String> link = new ComboBox<>("Virtual link");
        private final AddressingForm addressing;
        private final VerticalLayout layout;

        CpRow(String id, VduCp cp) {
            node = new String[] {cp.node()};
            TextField name = nameField(id, "Connection point", node, (d, to) -> LinkEdits.renameCp(d, node[0], to));
            vdu.setId(id + "-vdu");
            link.setId(id + "-link");
            link.setClearButtonVisible(true);
            offer();
            vdu.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    design.apply(d -> LinkEdits.bindCp(d, node[0], Optional.ofNullable(e.getValue())));
                }
            });
            link.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    design.apply(d -> LinkEdits.connectCp(d, node[0], Optional.ofNullable(e.getValue())));
                    CpRow.this.addressing.showFindings();
                }
            });
            Button remove = removeButton(
                    id,
                    () -> design.remove(
                            "Remove connection point " + node[0] + "?",
                            DesignPart.of(DesignPart.Kind.CONNECTION_POINT, node[0]),
                            false,
                            d -> LinkEdits.removeCp(d, node[0]),
                            ConnectivityEditor.this::reshaped));
            addressing = new AddressingForm(
                    id,
                    cp.addressing(),
                    this::subnet,
                    design.editable(),
                    a -> design.apply(d -> LinkEdits.setAddressing(d, node[0], a)));
            layout = new VerticalLayout(row(name, vdu, link, remove), addressing);
            layout.setPadding(false);
            layout.setSpacing(false);
        }

        /** The subnet of the link this point is on now, to check its fixed addresses against. */
        private Optional<io.chainline.tosca.model.L3Data> subnet() {
            return design.flavour().cps().stream()
                    .filter(c -> c.node().equals(node[0]))
                    .findFirst()
                    .flatMap(VduCp::virtualLink)
                    .flatMap(l -> design.flavour().virtualLinks().stream()
                            .filter(x -> x.node().equals(l))
                            .findFirst())
                    .flatMap(VirtualLink::l3);
        }

        /** Pickers offer what the model has; the value shown is the model's. */
        void offer() {
            design.flavour().cps().stream()
                    .filter(c -> c.node().equals(node[0]))
                    .findFirst()
                    .ifPresent(cp -> {
                        vdu.setItems(union(
                                design.flavour().vdus().stream().map(Vdu::node).toList(), cp.vdu()));
                        link.setItems(union(
                                design.flavour().virtualLinks().stream()
                                        .map(VirtualLink::node)
                                        .toList(),
                                cp.virtualLink()));
                        vdu.setValue(cp.vdu().orElse(null));
                        link.setValue(cp.virtualLink().orElse(null));
                    });
        }
    }

    /** A reference the model holds is offered even when it names nothing (an imported design), so it shows. */
    private static List<String> union(List<String> names, Optional<String> current) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(names);
        current.ifPresent(all::add);
        return List.copyOf(all);
    }
}
