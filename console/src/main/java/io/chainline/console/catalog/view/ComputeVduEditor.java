package io.chainline.console.catalog.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.tosca.model.ComputeVdu;
import io.chainline.tosca.model.SwImage;
import io.chainline.tosca.model.Vdu;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** A VM VDU (Vdu.Compute): size and the image the VIM boots it from. */
final class ComputeVduEditor extends VduEditor {

    private final ComputeVdu original;
    private final IntegerField cpus = new IntegerField("vCPUs");
    private final IntegerField memory = new IntegerField("Memory (MiB)");
    private final TextField image = new TextField("Image (name in the VIM)");
    private final com.vaadin.flow.component.textfield.TextArea bootData =
            new com.vaadin.flow.component.textfield.TextArea("Boot data (cloud-init)");
    private final Details panel;

    ComputeVduEditor(String id, ComputeVdu vdu, Runnable changed, Runnable remove) {
        super(id, vdu, changed);
        this.original = vdu;
        cpus.setId(id + "-vcpus");
        cpus.setValue(vdu.virtualCpus());
        cpus.setMin(1);
        memory.setId(id + "-memory");
        memory.setValue((int) (vdu.memoryBytes() >> 20));
        image.setId(id + "-image");
        image.setValue(vdu.image().map(SwImage::name).orElse(""));
        listen(image);
        bootData.setId(id + "-boot-data");
        bootData.setValue(vdu.bootData().orElse(""));
        bootData.setWidthFull();
        bootData.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        bootData.addValueChangeListener(e -> changed.run());
        cpus.addValueChangeListener(e -> changed.run());
        memory.addValueChangeListener(e -> changed.run());
        Button removeVdu = new Button("Remove VDU", e -> remove.run());
        removeVdu.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        removeVdu.setId(id + "-remove");
        FormLayout form = new FormLayout(name, min, max, cpus, memory, image, isolation, runtimeClass, architectures);
        VerticalLayout body = new VerticalLayout(issues, form, bootData, removeVdu);
        body.setPadding(false);
        panel = new Details("VM VDU " + vdu.node(), body);
        panel.setId(id);
        panel.setOpened(true);
        name.addValueChangeListener(e -> panel.setSummaryText("VM VDU " + node()));
    }

    @Override
    Component component() {
        return panel;
    }

    @Override
    Vdu vdu() {
        String imageName = image.getValue().trim();
        Optional<SwImage> swImage = original.image()
                .filter(i -> i.name().equals(imageName))
                .or(() -> imageName.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new SwImage(
                                imageName,
                                "",
                                Optional.empty(),
                                Optional.empty(),
                                "bare",
                                Optional.of("qcow2"),
                                OptionalLong.empty(),
                                OptionalLong.empty(),
                                OptionalLong.empty(),
                                Optional.empty(),
                                Optional.empty())));
        int mib = value(memory, 1024);
        // the form shows whole MiB: an untouched field keeps the exact size it came with
        long memoryBytes = mib == (original.memoryBytes() >> 20) ? original.memoryBytes() : (long) mib << 20;
        return new ComputeVdu(
                node(),
                node().equals(original.node()) ? original.name() : node(),
                original.description(),
                profile(),
                value(cpus, 1),
                memoryBytes,
                original.cpuArchitecture(),
                swImage,
                original.storages(),
                extensions(),
                Optional.of(bootData.getValue()).filter(b -> !b.isBlank()));
    }

    @Override
    List<String> nodes() {
        return List.of(node());
    }

    @Override
    protected Map<String, String> previousLabels() {
        return original.extensions().nodeLabels();
    }

    @Override
    void setReadOnly(boolean readOnly) {
        commonReadOnly(readOnly);
        cpus.setReadOnly(readOnly);
        memory.setReadOnly(readOnly);
        image.setReadOnly(readOnly);
        bootData.setReadOnly(readOnly);
    }
}
