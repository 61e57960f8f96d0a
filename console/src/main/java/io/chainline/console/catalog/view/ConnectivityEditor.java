package io.chainline.console.catalog.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.chainline.tosca.model.ScalingAspect;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VirtualLink;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The flavour's internal virtual links, the VDUs' connection points onto them, and the scaling aspects: a row each.
 * Connection points pick their VDU and link from what the form holds now, so a renamed VDU shows up at once.
 */
final class ConnectivityEditor {

    private static final List<String> PROTOCOLS = List.of("ipv4", "ipv6", "ethernet");

    private final Supplier<List<String>> vduNames;
    private final Runnable changed;
    private final PartRows<LinkRow> links;
    private final PartRows<CpRow> cps;
    private final PartRows<AspectRow> aspects;

    ConnectivityEditor(
            List<VirtualLink> initialLinks,
            List<VduCp> initialCps,
            List<ScalingAspect> initialAspects,
            Supplier<List<String>> vduNames,
            Runnable changed) {
        this.vduNames = vduNames;
        this.changed = changed;
        links = new PartRows<>("links", "Add virtual link", LinkRow::new, changed);
        cps = new PartRows<>("cps", "Add connection point", CpRow::new, changed);
        aspects = new PartRows<>("aspects", "Add scaling aspect", AspectRow::new, changed);
        initialLinks.forEach(l -> links.append().set(l));
        initialCps.forEach(c -> cps.append().set(c));
        initialAspects.forEach(a -> aspects.append().set(a));
    }

    Component component() {
        VerticalLayout layout = new VerticalLayout(
                new H3("Virtual links"), links, new H3("Connection points"), cps, new H3("Scaling"), aspects);
        layout.setPadding(false);
        return layout;
    }

    List<VirtualLink> links(List<VirtualLink> previous) {
        return links.rows().stream().map(r -> r.link(previous)).toList();
    }

    List<VduCp> cps(List<VduCp> previous) {
        return cps.rows().stream().map(r -> r.cp(previous)).toList();
    }

    List<ScalingAspect> aspects(List<ScalingAspect> previous) {
        return aspects.rows().stream().map(r -> r.aspect(previous)).toList();
    }

    /** Offers the current VDU and link names to the connection points' pickers. */
    void refreshChoices() {
        List<String> linkNames = links.rows().stream().map(LinkRow::node).toList();
        cps.rows().forEach(r -> r.offer(vduNames.get(), linkNames));
        aspects.rows().forEach(r -> r.offer(vduNames.get()));
    }

    void setReadOnly(boolean readOnly) {
        links.setReadOnly(readOnly);
        cps.setReadOnly(readOnly);
        aspects.setReadOnly(readOnly);
    }

    private TextField text(String id, String label) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> changed.run());
        return field;
    }

    private final class LinkRow extends PartRows.Row {
        private final TextField name;
        private final Select<String> protocol = new Select<>();
        private final IntegerField bitrate = new IntegerField("Max Mbit/s");

        LinkRow(String id) {
            name = text(id + "-name", "Link");
            protocol.setLabel("Protocol");
            protocol.setId(id + "-protocol");
            protocol.setItems(PROTOCOLS);
            protocol.setValue("ipv4");
            protocol.addValueChangeListener(e -> changed.run());
            bitrate.setId(id + "-bitrate");
            bitrate.setValue(1000);
            bitrate.addValueChangeListener(e -> changed.run());
            name.setValue(id.replace("links-", "vl"));
            fields(name, protocol, bitrate);
        }

        void set(VirtualLink link) {
            name.setValue(link.node());
            protocol.setValue(link.layerProtocols().stream()
                    .filter(PROTOCOLS::contains)
                    .findFirst()
                    .orElse("ipv4"));
            bitrate.setValue((int) (link.maxBitrate() / 1_000_000));
        }

        String node() {
            return name.getValue().trim();
        }

        VirtualLink link(List<VirtualLink> previous) {
            Optional<VirtualLink> before =
                    previous.stream().filter(l -> l.node().equals(node())).findFirst();
            int shown = VduEditor.value(bitrate, 0);
            // the form shows whole Mbit/s: an untouched field keeps the exact bitrate it came with
            long max = before.filter(b -> b.maxBitrate() / 1_000_000 == shown)
                    .map(VirtualLink::maxBitrate)
                    .orElse((long) shown * 1_000_000);
            return new VirtualLink(
                    node(),
                    before.flatMap(VirtualLink::description),
                    List.of(protocol.getValue() == null ? "ipv4" : protocol.getValue()),
                    before.flatMap(VirtualLink::flowPattern),
                    max,
                    before.map(VirtualLink::minBitrate).orElse(0L));
        }
    }

    private final class CpRow extends PartRows.Row {
        private final TextField name;
        private final ComboBox<String> vdu = new ComboBox<>("VDU");
        private final ComboBox<String> link = new ComboBox<>("Virtual link");

        CpRow(String id) {
            name = text(id + "-name", "Connection point");
            name.setValue(id.replace("cps-", "cp"));
            vdu.setId(id + "-vdu");
            link.setId(id + "-link");
            vdu.setAllowCustomValue(false);
            link.setAllowCustomValue(false);
            link.setClearButtonVisible(true);
            onUserChange(vdu);
            onUserChange(link);
            fields(name, vdu, link);
        }

        void set(VduCp cp) {
            name.setValue(cp.node());
            offer(
                    cp.vdu().map(List::of).orElse(List.of()),
                    cp.virtualLink().map(List::of).orElse(List.of()));
            cp.vdu().ifPresent(vdu::setValue);
            cp.virtualLink().ifPresent(link::setValue);
        }

        void offer(List<String> vdus, List<String> links) {
            String v = vdu.getValue();
            String l = link.getValue();
            vdu.setItems(union(vdus, v));
            link.setItems(union(links, l));
            vdu.setValue(v);
            link.setValue(l);
        }

        VduCp cp(List<VduCp> previous) {
            String node = name.getValue().trim();
            Optional<VduCp> before =
                    previous.stream().filter(c -> c.node().equals(node)).findFirst();
            return new VduCp(
                    node,
                    before.map(VduCp::layerProtocols).filter(p -> !p.isEmpty()).orElse(List.of("ipv4")),
                    Optional.ofNullable(vdu.getValue()),
                    Optional.ofNullable(link.getValue()),
                    before.map(VduCp::order).orElse(OptionalInt.empty()));
        }
    }

    private final class AspectRow extends PartRows.Row {
        private final TextField name;
        private final ComboBox<String> vdu = new ComboBox<>("VDU");
        private final IntegerField maxLevel = new IntegerField("Max scale level");
        private final IntegerField step = new IntegerField("Instances per step");

        AspectRow(String id) {
            name = text(id + "-name", "Aspect");
            name.setValue(id.replace("aspects-", "aspect"));
            vdu.setId(id + "-vdu");
            maxLevel.setId(id + "-max");
            maxLevel.setValue(3);
            step.setId(id + "-step");
            step.setValue(1);
            onUserChange(vdu);
            maxLevel.addValueChangeListener(e -> changed.run());
            step.addValueChangeListener(e -> changed.run());
            fields(name, vdu, maxLevel, step);
        }

        void set(ScalingAspect aspect) {
            name.setValue(aspect.id());
            maxLevel.setValue(aspect.maxScaleLevel());
            aspect.vduDeltas().entrySet().stream().findFirst().ifPresent(first -> {
                offer(List.of(first.getKey()));
                vdu.setValue(first.getKey());
                step.setValue(first.getValue().values().stream().findFirst().orElse(1));
            });
        }

        void offer(List<String> vdus) {
            String v = vdu.getValue();
            vdu.setItems(union(vdus, v));
            vdu.setValue(v);
        }

        ScalingAspect aspect(List<ScalingAspect> previous) {
            String id = name.getValue().trim();
            Optional<ScalingAspect> before =
                    previous.stream().filter(a -> a.id().equals(id)).findFirst();
            List<String> deltas = before.map(ScalingAspect::stepDeltas)
                    .filter(d -> !d.isEmpty())
                    .orElse(List.of("delta_1"));
            Map<String, Map<String, Integer>> vduDeltas = vdu.getValue() == null
                    ? Map.of()
                    : Map.of(vdu.getValue(), Map.of(deltas.getFirst(), VduEditor.value(step, 1)));
            if (before.isPresent() && before.get().vduDeltas().size() > 1) {
                vduDeltas = before.get().vduDeltas(); // several VDUs per aspect: kept as designed
            }
            return new ScalingAspect(
                    id,
                    before.map(ScalingAspect::name).orElse(id),
                    before.map(ScalingAspect::description).orElse(""),
                    VduEditor.value(maxLevel, 0),
                    deltas,
                    vduDeltas);
        }
    }

    /** Pickers are refilled on every refresh; only a person's choice is a change. */
    private void onUserChange(ComboBox<String> box) {
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.run();
            }
        });
    }

    private static List<String> union(List<String> names, String current) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(names);
        if (current != null) {
            all.add(current);
        }
        return List.copyOf(all);
    }
}
