package io.chainline.console.catalog.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.chainline.console.catalog.service.DesignPart;
import io.chainline.console.catalog.service.ScalingEdits;
import io.chainline.console.catalog.service.VnfEdits;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.InstantiationLevel;
import io.chainline.tosca.model.ScalingAspect;
import io.chainline.tosca.model.Vdu;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * "Advanced: scaling aspects and levels": SOL001's scaling for those who need more than replicas per VDU. An aspect
 * has a maximum scale level and, per VDU it scales, the instances one step adds; a level sets each VDU's instances and
 * each aspect's scale level, and one level is the default the replicas above edit.
 */
final class ScalingEditor extends Details {

    private static final String STEP = "delta_1";

    private final Design design;
    private final VerticalLayout aspects = new VerticalLayout();
    private final VerticalLayout levels = new VerticalLayout();

    ScalingEditor(Design design) {
        this.design = design;
        setSummaryText("Advanced: scaling aspects and levels");
        setId("designer-scaling");
        aspects.setId("aspects");
        levels.setId("levels");
        aspects.setPadding(false);
        levels.setPadding(false);
        Button addAspect = new Button("Add scaling aspect", e -> {
            design.apply(d -> ScalingEdits.addAspect(
                    d, new ScalingAspect(VnfEdits.freeName(d, "aspect"), "", "", 3, List.of(STEP), Map.of())));
            render();
        });
        addAspect.setId("aspects-add");
        Button addLevel = new Button("Add instantiation level", e -> {
            List<InstantiationLevel> next = new ArrayList<>(flavour().levels());
            String id = free(next.stream().map(InstantiationLevel::id).toList());
            next.add(new InstantiationLevel(id, "", Map.of(), Map.of()));
            design.apply(d ->
                    ScalingEdits.setLevels(d, next, flavour().defaultLevel().or(() -> Optional.of(id))));
            render();
            design.reshaped();
        });
        addLevel.setId("levels-add");
        addAspect.setVisible(design.editable());
        addLevel.setVisible(design.editable());
        add(new VerticalLayout(
                new Span("Scaling aspects"), aspects, addAspect, new Span("Instantiation levels"), levels, addLevel));
        render();
    }

    private Flavour flavour() {
        return design.flavour();
    }

    private static String free(List<String> taken) {
        for (int i = 1; ; i++) {
            if (!taken.contains("level" + i)) {
                return "level" + i;
            }
        }
    }

    void render() {
        aspects.removeAll();
        List<ScalingAspect> as = flavour().scalingAspects();
        for (int i = 0; i < as.size(); i++) {
            aspects.add(aspectRow("aspects-" + i, as.get(i).id()));
        }
        renderLevels();
    }

    private void renderLevels() {
        levels.removeAll();
        List<InstantiationLevel> ls = flavour().levels();
        for (int i = 0; i < ls.size(); i++) {
            levels.add(levelRow("levels-" + i, ls.get(i).id()));
        }
    }

    /** Per VDU, the instances one step of the aspect adds; {@code aspect[0]} follows renames. */
    private void addStepFields(HorizontalLayout row, String id, String[] aspect, ScalingAspect a) {
        for (Vdu vdu : flavour().vdus()) {
            IntegerField step = number(
                    id + "-vdu-" + vdu.node(),
                    vdu.node() + ": instances per step",
                    a.vduDeltas().getOrDefault(vdu.node(), Map.of()).values().stream()
                            .findFirst()
                            .orElse(null));
            step.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    editAspect(aspect[0], x -> withStep(x, vdu.node(), e.getValue()));
                }
            });
            row.add(step);
        }
    }

    private Component aspectRow(String id, String initial) {
        String[] aspect = {initial};
        ScalingAspect a = aspect(aspect[0]);
        TextField name = text(id + "-name", "Aspect", a.id());
        name.addValueChangeListener(e -> {
            String to = e.getValue().trim();
            if (e.isFromClient() && !to.equals(aspect[0])) {
                boolean done = editAspect(
                        aspect[0],
                        x -> new ScalingAspect(
                                to, x.name(), x.description(), x.maxScaleLevel(), x.stepDeltas(), x.vduDeltas()));
                name.setInvalid(!done);
                if (done) {
                    aspect[0] = to;
                    renderLevels();
                }
            }
        });
        IntegerField max = number(id + "-max", "Max scale level", a.maxScaleLevel());
        max.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                editAspect(
                        aspect[0],
                        x -> new ScalingAspect(
                                x.id(), x.name(), x.description(), e.getValue(), x.stepDeltas(), x.vduDeltas()));
            }
        });
        HorizontalLayout row = row(name, max);
        addStepFields(row, id, aspect, a);
        row.add(removeButton(
                id,
                () -> design.remove(
                        "Remove scaling aspect " + aspect[0] + "?",
                        DesignPart.of(DesignPart.Kind.SCALING_ASPECT, aspect[0]),
                        false,
                        d -> ScalingEdits.removeAspect(d, aspect[0]),
                        this::render)));
        return row;
    }

    /** One step delta per VDU, as the simple form authors it; empty: the aspect does not scale that VDU. */
    private static ScalingAspect withStep(ScalingAspect x, String vdu, Integer instances) {
        List<String> steps = x.stepDeltas().isEmpty() ? List.of(STEP) : x.stepDeltas();
        Map<String, Map<String, Integer>> deltas = new LinkedHashMap<>(x.vduDeltas());
        if (instances == null) {
            deltas.remove(vdu);
        } else {
            Map<String, Integer> perStep = new LinkedHashMap<>();
            steps.forEach(s -> perStep.put(s, instances));
            deltas.put(vdu, perStep);
        }
        return new ScalingAspect(x.id(), x.name(), x.description(), x.maxScaleLevel(), steps, deltas);
    }

    private ScalingAspect aspect(String id) {
        return flavour().scalingAspects().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private boolean editAspect(String id, UnaryOperator<ScalingAspect> change) {
        return design.apply(d -> ScalingEdits.setAspect(d, id, change.apply(aspect(id))));
    }

    private Component levelRow(String id, String initial) {
        String[] level = {initial};
        InstantiationLevel l = level(level[0]);
        TextField name = text(id + "-name", "Level", l.id());
        name.addValueChangeListener(e -> {
            String to = e.getValue().trim();
            if (e.isFromClient() && !to.equals(level[0])) {
                String from = level[0];
                Optional<String> def = flavour().defaultLevel().map(x -> x.equals(from) ? to : x);
                boolean done = editLevel(
                        from, x -> new InstantiationLevel(to, x.description(), x.scaleLevels(), x.vduInstances()), def);
                name.setInvalid(!done);
                if (done) {
                    level[0] = to;
                }
            }
        });
        Checkbox isDefault = new Checkbox("Default", flavour().defaultLevel().equals(Optional.of(l.id())));
        isDefault.setId(id + "-default");
        isDefault.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                editLevel(level[0], x -> x, e.getValue() ? Optional.of(level[0]) : Optional.empty());
                render();
                design.reshaped();
            }
        });
        HorizontalLayout row = row(name, isDefault);
        addLevelFields(row, id, level, l);
        row.add(removeLevelButton(id, level));
        return row;
    }

    /**
     * Per VDU its instances, per aspect its scale level, at this instantiation level; {@code level[0]} follows
     * renames.
     */
    private void addLevelFields(HorizontalLayout row, String id, String[] level, InstantiationLevel l) {
        for (Vdu vdu : flavour().vdus()) {
            IntegerField n = number(
                    id + "-vdu-" + vdu.node(),
                    vdu.node() + " instances",
                    l.vduInstances().get(vdu.node()));
            n.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    editLevel(
                            level[0],
                            x -> with(x, vdu.node(), e.getValue(), true),
                            flavour().defaultLevel());
                    design.reshaped();
                }
            });
            row.add(n);
        }
        for (ScalingAspect aspect : flavour().scalingAspects()) {
            IntegerField n = number(
                    id + "-aspect-" + aspect.id(),
                    aspect.id() + " scale level",
                    l.scaleLevels().get(aspect.id()));
            n.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    editLevel(
                            level[0],
                            x -> with(x, aspect.id(), e.getValue(), false),
                            flavour().defaultLevel());
                }
            });
            row.add(n);
        }
    }

    private Button removeLevelButton(String id, String[] level) {
        return removeButton(
                id,
                () -> design.remove(
                        "Remove instantiation level " + level[0] + "?",
                        DesignPart.of(DesignPart.Kind.INSTANTIATION_LEVEL, level[0]),
                        false,
                        d -> ScalingEdits.setLevels(
                                d,
                                flavour().levels().stream()
                                        .filter(x -> !x.id().equals(level[0]))
                                        .toList(),
                                flavour().defaultLevel()),
                        () -> {
                            render();
                            design.reshaped();
                        }));
    }

    private static InstantiationLevel with(InstantiationLevel l, String key, Integer value, boolean vdu) {
        Map<String, Integer> map = new LinkedHashMap<>(vdu ? l.vduInstances() : l.scaleLevels());
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
        return vdu
                ? new InstantiationLevel(l.id(), l.description(), l.scaleLevels(), map)
                : new InstantiationLevel(l.id(), l.description(), map, l.vduInstances());
    }

    private InstantiationLevel level(String id) {
        return flavour().levels().stream()
                .filter(l -> l.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private boolean editLevel(String id, UnaryOperator<InstantiationLevel> change, Optional<String> defaultLevel) {
        List<InstantiationLevel> next = new ArrayList<>(flavour().levels());
        next.replaceAll(l -> l.id().equals(id) ? change.apply(l) : l);
        return design.apply(d -> ScalingEdits.setLevels(d, next, defaultLevel));
    }

    private TextField text(String id, String label, String value) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValue(value);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setReadOnly(!design.editable());
        return field;
    }

    private IntegerField number(String id, String label, Integer value) {
        IntegerField field = new IntegerField(label);
        field.setId(id);
        field.setMin(0);
        field.setValue(value);
        field.setReadOnly(!design.editable());
        return field;
    }

    private Button removeButton(String id, Runnable action) {
        Button remove = new Button("Remove", e -> action.run());
        remove.setId(id + "-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setVisible(design.editable());
        return remove;
    }

    private static HorizontalLayout row(Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
