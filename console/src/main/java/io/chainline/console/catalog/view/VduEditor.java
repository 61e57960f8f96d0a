package io.chainline.console.catalog.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.chainline.console.catalog.service.DesignIssue;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VduExtensions;
import io.chainline.tosca.model.VduProfile;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One VDU in the designer. The fields every VDU has (name, instances, isolation, placement) live here; the container
 * and VM editors add their own. {@link #vdu()} builds the model from the fields, keeping what the form does not show.
 */
abstract class VduEditor {

    static final List<String> ARCHITECTURES = List.of("amd64", "arm64");

    protected final String id;
    protected final Runnable changed;
    protected final TextField name = new TextField("VDU name");
    protected final IntegerField min = new IntegerField("Min instances");
    protected final IntegerField max = new IntegerField("Max instances");
    protected final Select<VduExtensions.Isolation> isolation = new Select<>();
    protected final TextField runtimeClass = new TextField("Runtime class");
    protected final CheckboxGroup<String> architectures = new CheckboxGroup<>("CPU architectures");
    protected final Span issues = new Span();

    VduEditor(String id, Vdu vdu, Runnable changed) {
        this.id = id;
        this.changed = changed;
        name.setId(id + "-name");
        name.setValue(vdu.node());
        name.setHelperText("Node name in the descriptor; letters, digits, '_' and '-'");
        min.setId(id + "-min");
        min.setValue(vdu.profile().minInstances());
        min.setMin(0);
        max.setId(id + "-max");
        max.setValue(vdu.profile().maxInstances());
        max.setMin(0);
        isolation.setLabel("Isolation");
        isolation.setId(id + "-isolation");
        isolation.setItems(VduExtensions.Isolation.values());
        isolation.setItemLabelGenerator(
                i -> i == VduExtensions.Isolation.SANDBOXED ? "Sandboxed (Kata VM per pod)" : "Shared kernel (runc)");
        isolation.setValue(vdu.extensions().isolation());
        runtimeClass.setId(id + "-runtime-class");
        runtimeClass.setValue(vdu.extensions().runtimeClass().orElse(""));
        runtimeClass.setPlaceholder("kata-qemu");
        architectures.setId(id + "-architectures");
        LinkedHashSet<String> offered = new LinkedHashSet<>(ARCHITECTURES);
        offered.addAll(vdu.extensions().architectures());
        architectures.setItems(offered);
        architectures.setValue(new LinkedHashSet<>(vdu.extensions().architectures()));
        architectures.setHelperText("None ticked: any node");
        issues.setId(id + "-issues");
        issues.addClassName("design-issues");
        listen(name, runtimeClass);
        min.addValueChangeListener(e -> changed.run());
        max.addValueChangeListener(e -> changed.run());
        isolation.addValueChangeListener(e -> changed.run());
        architectures.addValueChangeListener(e -> changed.run());
    }

    protected void listen(TextField... fields) {
        for (TextField field : fields) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> changed.run());
        }
    }

    abstract Component component();

    abstract Vdu vdu();

    /** The node names this editor answers for (the VDU, its containers). */
    abstract List<String> nodes();

    abstract void setReadOnly(boolean readOnly);

    protected void commonReadOnly(boolean readOnly) {
        name.setReadOnly(readOnly);
        min.setReadOnly(readOnly);
        max.setReadOnly(readOnly);
        isolation.setReadOnly(readOnly);
        runtimeClass.setReadOnly(readOnly);
        architectures.setReadOnly(readOnly);
    }

    String node() {
        String value = name.getValue().trim();
        return value.isEmpty() ? "vdu" : value;
    }

    VduProfile profile() {
        return new VduProfile(value(min, 1), value(max, 1));
    }

    VduExtensions extensions() {
        List<String> archs = architectures.getValue().stream().sorted().toList();
        return new VduExtensions(
                isolation.getValue() == null ? VduExtensions.Isolation.SHARED_KERNEL : isolation.getValue(),
                Optional.of(runtimeClass.getValue().trim()).filter(s -> !s.isEmpty()),
                archs,
                previousLabels());
    }

    protected abstract java.util.Map<String, String> previousLabels();

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
