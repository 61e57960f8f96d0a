package io.chainline.console.chain.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.console.chain.service.ChainEdits;
import io.chainline.console.chain.service.ChainPaths;
import io.chainline.console.chain.service.ChainPreviews;
import io.chainline.tosca.model.ForwardingPath;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.VnfProfileRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The forwarding path in order (hops moved up and down, each turned to enter on the link the hop before left on) and
 * its classifier: the SOL001 NfpRule criteria that select which traffic takes the path. Removing a hop asks first.
 */
final class PathEditor extends VerticalLayout {

    /** NfpRule properties the form offers, in the order a network engineer reads a 5-tuple. */
    private static final Map<String, String> CRITERIA = criteria();

    private record Hop(int index, ForwardingPath.Position position) {}

    private final ChainDraft draft;
    private final Grid<Hop> hops = new Grid<>(Hop.class, false);
    private final HorizontalLayout addHop = new HorizontalLayout();
    private final Select<String> hopVnf = new Select<>();
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Button applyClassifier = new Button("Apply classifier");

    PathEditor(ChainDraft draft) {
        this.draft = draft;
        setPadding(false);
        hops.setId("chain-hops");
        hops.setAllRowsVisible(true);
        hops.addColumn(h -> h.index() + 1).setHeader("#").setAutoWidth(true);
        hops.addColumn(h -> ChainPaths.vnfOfHop(draft.current(), h.position()).orElse("—"))
                .setHeader("VNF")
                .setAutoWidth(true);
        hops.addColumn(h -> String.join(" → ", points(h.position()))).setHeader("Through");
        hops.addColumn(h -> enters(draft.current(), h.position())).setHeader("Enters on");
        hops.addColumn(h -> h.position().behaviour().orElse("")).setHeader("Behaviour");
        hops.addComponentColumn(this::hopButtons).setHeader("").setAutoWidth(true);
        hopVnf.setLabel("Next hop");
        hopVnf.setId("chain-add-hop-vnf");
        Select<String> behaviour = behaviourSelect();
        Button add = new Button(
                "Add hop",
                e -> draft.edit(ns -> ChainPaths.addHop(ns, required(hopVnf.getValue()), behaviour.getValue())));
        add.setId("chain-add-hop");
        addHop.add(hopVnf, behaviour, add);
        addHop.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        FormLayout classifier = classifierForm();
        applyClassifier.setId("chain-apply-classifier");
        applyClassifier.addClickListener(e -> draft.edit(ns -> ChainPaths.classify(ns, values())));
        add(new H3("Forwarding path"), hops, addHop, new H3("Classifier"), classifier, applyClassifier);
    }

    private static Select<String> behaviourSelect() {
        Select<String> behaviour = new Select<>();
        behaviour.setLabel("Forwarding");
        behaviour.setId("chain-add-hop-behaviour");
        behaviour.setItems("all", "lb", "ff");
        behaviour.setItemLabelGenerator(b -> switch (b) {
            case "lb" -> "load-balanced (lb)";
            case "ff" -> "first feasible (ff)";
            default -> "all";
        });
        behaviour.setValue("all");
        return behaviour;
    }

    /** One field per classification criterion; each edit goes into the model as the field is left. */
    private FormLayout classifierForm() {
        FormLayout classifier = new FormLayout();
        classifier.setId("chain-classifier");
        CRITERIA.forEach((key, label) -> {
            TextField field = new TextField(label);
            field.setId("chain-rule-" + key);
            // what is typed goes into the model as soon as the field is left, so a later edit (which redraws the
            // form from the model) never loses it
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    draft.edit(ns -> ChainPaths.classify(ns, values()));
                }
            });
            fields.put(key, field);
            classifier.add(field);
        });
        return classifier;
    }

    void refresh() {
        NsDescriptor ns = draft.current();
        ForwardingPath path = ChainPaths.path(ns);
        hops.setItems(IntStream.range(0, path.positions().size())
                .mapToObj(i -> new Hop(i, path.positions().get(i)))
                .toList());
        hops.getColumns().getLast().setVisible(draft.editable());
        hopVnf.setItems(ns.vnfs().stream()
                .filter(v -> !v.virtualLinks().isEmpty())
                .map(VnfProfileRef::node)
                .toList());
        addHop.setVisible(draft.editable());
        Map<String, String> rule =
                path.rules().isEmpty() ? Map.of() : path.rules().getFirst().criteria();
        fields.forEach((key, field) -> {
            field.setValue(rule.getOrDefault(key, ""));
            field.setReadOnly(!draft.editable());
        });
        applyClassifier.setVisible(draft.editable());
    }

    private HorizontalLayout hopButtons(Hop hop) {
        Button up = new Button("↑", e -> draft.edit(ns -> ChainPaths.moveHop(ns, hop.index(), -1)));
        up.setId("chain-hop-up-" + (hop.index() + 1));
        up.getElement().setAttribute("aria-label", "Move hop " + (hop.index() + 1) + " earlier");
        Button down = new Button("↓", e -> draft.edit(ns -> ChainPaths.moveHop(ns, hop.index(), 1)));
        down.setId("chain-hop-down-" + (hop.index() + 1));
        down.getElement().setAttribute("aria-label", "Move hop " + (hop.index() + 1) + " later");
        Button remove = new Button(
                "Remove",
                e -> draft.remove(
                        "Remove hop " + (hop.index() + 1) + "?",
                        "Traffic no longer goes through this hop; the hops after it move up.",
                        "Remove hop",
                        ns -> ChainPreviews.removeHop(ns, hop.index())));
        remove.setId("chain-hop-remove-" + (hop.index() + 1));
        for (Button b : List.of(up, down, remove)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(up, down, remove);
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((key, field) -> values.put(key, field.getValue()));
        return values;
    }

    private static String required(String vnf) {
        if (vnf == null) {
            throw new IllegalArgumentException("Choose the VNF the next hop goes through.");
        }
        return vnf;
    }

    private static List<String> points(ForwardingPath.Position position) {
        return position.elements().stream()
                .flatMap(e -> e.profileElements().stream())
                .toList();
    }

    /** The link the hop's first connection point is on: where traffic comes into the NF. */
    private static String enters(NsDescriptor ns, ForwardingPath.Position position) {
        return points(position).stream()
                .findFirst()
                .flatMap(point -> ChainEdits.linkOf(ns, point))
                .orElse("—");
    }

    private static Map<String, String> criteria() {
        Map<String, String> criteria = new LinkedHashMap<>();
        criteria.put("ether_type", "Ether type (ipv4, ipv6)");
        criteria.put("vlan_tag", "VLAN tags (comma separated)");
        criteria.put("protocol", "Protocol (tcp, udp, icmp, sctp)");
        criteria.put("source_ip_address_prefix", "Source IP prefix");
        criteria.put("destination_ip_address_prefix", "Destination IP prefix");
        criteria.put("source_port_range", "Source ports (80..80)");
        criteria.put("destination_port_range", "Destination ports (443..443)");
        criteria.put("dscp", "DSCP");
        return criteria;
    }
}
