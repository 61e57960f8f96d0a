package io.chainline.console.catalog.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.chainline.console.catalog.service.DesignIssue;
import io.chainline.console.catalog.service.DesignPart;
import io.chainline.console.catalog.service.ScalingEdits;
import io.chainline.console.catalog.service.Vdus;
import io.chainline.console.catalog.service.VnfEdits;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VduExtensions;
import io.chainline.tosca.model.VduProfile;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * One VDU in the designer. The fields every VDU has (name, replicas, instances, isolation, placement) live here; the
 * container and VM editors add their own. Each field applies an edit to the {@link Design} as the person types; the
 * fields are filled from the model, so what they show is what is saved.
 */
abstract class VduEditor {

    static final List<String> ARCHITECTURES = List.of("amd64", "arm64");

    protected final String id;
    protected final Design design;
    /** The VDU's node name in the model, which a rename changes. */
    protected String node;

    protected final TextField name = new TextField("VDU name");
    protected final IntegerField replicas = new IntegerField("Replicas");
    protected final IntegerField min = new IntegerField("Min instances");
    protected final IntegerField max = new IntegerField("Max instances");
    protected final Select<VduExtensions.Isolation> isolation = new Select<>();
    protected final TextField runtimeClass = new TextField("Runtime class");
    protected final CheckboxGroup<String> architectures = new CheckboxGroup<>("CPU architectures");
    protected final Span issues = new Span();
    protected final Button remove = new Button("Remove VDU");

    VduEditor(String id, Vdu vdu, Design design, Runnable removed) {
        this.id = id;
        this.design = design;
        this.node = vdu.node();
        configureNameAndCounts();
        configurePlacement();
        issues.setId(id + "-issues");
        issues.addClassName("design-issues");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setId(id + "-remove");
        remove.addClickListener(e -> design.remove(
                "Remove VDU " + node + "?",
                DesignPart.of(DesignPart.Kind.VDU, node),
                true,
                d -> VnfEdits.removeVdu(d, node),
                removed));
    }

    /** Name, replicas and the min/max of the VDU's profile; every edit goes into the model at once. */
    private void configureNameAndCounts() {
        name.setId(id + "-name");
        name.setHelperText("Node name in the descriptor; letters, digits, '_' and '-'");
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                rename(e.getValue().trim());
            }
        });
        replicas.setId(id + "-replicas");
        replicas.setMin(0);
        replicas.setHelperText("Instances at instantiation (the default instantiation level)");
        replicas.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                design.apply(d -> ScalingEdits.setReplicas(d, node, e.getValue()));
                show();
                design.reshaped();
            }
        });
        min.setId(id + "-min");
        min.setMin(0);
        max.setId(id + "-max");
        max.setMin(0);
        min.addValueChangeListener(e -> profileChanged(e.isFromClient()));
        max.addValueChangeListener(e -> profileChanged(e.isFromClient()));
    }

    /** Isolation, runtime class and architectures: Chainline's VDU extensions that placement reads. */
    private void configurePlacement() {
        isolation.setLabel("Isolation");
        isolation.setId(id + "-isolation");
        isolation.setItems(VduExtensions.Isolation.values());
        isolation.setItemLabelGenerator(
                i -> i == VduExtensions.Isolation.SANDBOXED ? "Sandboxed (Kata VM per pod)" : "Shared kernel (runc)");
        isolation.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                design.apply(d -> VnfEdits.setIsolation(d, node, e.getValue()));
                show();
            }
        });
        runtimeClass.setId(id + "-runtime-class");
        runtimeClass.setPlaceholder("kata-qemu");
        runtimeClass.setValueChangeMode(ValueChangeMode.LAZY);
        runtimeClass.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                extensions(x -> new VduExtensions(
                        x.isolation(),
                        Optional.of(e.getValue().trim()).filter(s -> !s.isEmpty()),
                        x.architectures(),
                        x.nodeLabels()));
            }
        });
        architectures.setId(id + "-architectures");
        architectures.setHelperText("None ticked: any node");
        architectures.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                extensions(x -> new VduExtensions(
                        x.isolation(),
                        x.runtimeClass(),
                        e.getValue().stream().sorted().toList(),
                        x.nodeLabels()));
            }
        });
    }

    private void rename(String to) {
        if (to.equals(node)) {
            name.setInvalid(false);
            return;
        }
        String from = node;
        if (design.apply(d -> VnfEdits.renameVdu(d, from, to))) {
            node = to;
            name.setInvalid(false);
            renamed();
            design.reshaped();
        } else {
            name.setInvalid(true);
            name.setErrorMessage(
                    VnfEdits.validName(to)
                            ? "Another part of this VNF is named " + to + "; choose another name"
                            : "Start with a letter; use letters, digits, '_' and '-' (at most 63)");
        }
    }

    /** A subclass updates what shows the name (its panel's title). */
    protected abstract void renamed();

    private void profileChanged(boolean fromClient) {
        if (fromClient && min.getValue() != null && max.getValue() != null) {
            design.apply(d -> VnfEdits.setProfile(d, node, new VduProfile(min.getValue(), max.getValue())));
            show();
        }
    }

    protected void extensions(UnaryOperator<VduExtensions> change) {
        design.apply(d -> VnfEdits.updateVdu(d, node, v -> Vdus.withExtensions(v, change.apply(v.extensions()))));
    }

    /** The VDU as the model has it now. */
    protected Vdu vdu() {
        return design.flavour().vdus().stream()
                .filter(v -> v.node().equals(node))
                .findFirst()
                .orElseThrow();
    }

    /** Fills the common fields from the model. */
    void show() {
        Vdu vdu = vdu();
        name.setValue(vdu.node());
        replicas.setValue(ScalingEdits.replicas(design.flavour(), vdu));
        min.setValue(vdu.profile().minInstances());
        max.setValue(vdu.profile().maxInstances());
        isolation.setValue(vdu.extensions().isolation());
        runtimeClass.setValue(vdu.extensions().runtimeClass().orElse(""));
        runtimeClass.setVisible(vdu.extensions().isolation() == VduExtensions.Isolation.SANDBOXED);
        LinkedHashSet<String> offered = new LinkedHashSet<>(ARCHITECTURES);
        offered.addAll(vdu.extensions().architectures());
        architectures.setItems(offered);
        architectures.setValue(new LinkedHashSet<>(vdu.extensions().architectures()));
    }

    abstract Component component();

    /** The node names this editor answers for (the VDU, its containers). */
    abstract List<String> nodes();

    protected void commonReadOnly(boolean readOnly) {
        name.setReadOnly(readOnly);
        replicas.setReadOnly(readOnly);
        min.setReadOnly(readOnly);
        max.setReadOnly(readOnly);
        isolation.setReadOnly(readOnly);
        runtimeClass.setReadOnly(readOnly);
        architectures.setReadOnly(readOnly);
        remove.setVisible(!readOnly);
    }

    static int value(IntegerField field, int fallback) {
        return field.getValue() == null ? fallback : field.getValue();
    }

    /** Shows the issues that concern this VDU beside it; returns whether there were any. */
    boolean show(List<DesignIssue> all) {
        List<DesignIssue> mine =
                all.stream().filter(i -> nodes().contains(i.node())).toList();
        issues.setText(mine.stream().map(i -> i.code() + ": " + i.message()).collect(Collectors.joining("  •  ")));
        issues.setVisible(!mine.isEmpty());
        boolean runtime = mine.stream().anyMatch(i -> i.code().equals("CATALOG-RUNTIME-CLASS-MISSING"));
        runtimeClass.setInvalid(runtime);
        runtimeClass.setErrorMessage(runtime ? "Name the RuntimeClass of the Kata sandbox" : null);
        return !mine.isEmpty();
    }
}
