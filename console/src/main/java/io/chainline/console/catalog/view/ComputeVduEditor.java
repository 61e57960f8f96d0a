package io.chainline.console.catalog.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.chainline.console.catalog.service.Vdus;
import io.chainline.console.catalog.service.VnfEdits;
import io.chainline.tosca.model.ComputeVdu;
import io.chainline.tosca.model.SwImage;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VduExtensions;
import io.chainline.tosca.model.VduProfile;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A VM VDU (Vdu.Compute): size and the image the VIM boots it from. */
final class ComputeVduEditor extends VduEditor {

    private final IntegerField cpus = new IntegerField("vCPUs");
    private final IntegerField memory = new IntegerField("Memory (MiB)");
    private final TextField image = new TextField("Image (name in the VIM)");
    private final TextArea bootData = new TextArea("Boot data (cloud-init)");
    private final Details panel;

    ComputeVduEditor(String id, ComputeVdu vdu, Design design, Runnable removed) {
        super(id, vdu, design, removed);
        cpus.setId(id + "-vcpus");
        cpus.setValue(vdu.virtualCpus());
        cpus.setMin(1);
        memory.setId(id + "-memory");
        memory.setValue((int) (vdu.memoryBytes() >> 20));
        image.setId(id + "-image");
        image.setValue(vdu.image().map(SwImage::name).orElse(""));
        image.setValueChangeMode(ValueChangeMode.LAZY);
        bootData.setId(id + "-boot-data");
        bootData.setValue(vdu.bootData().orElse(""));
        bootData.setWidthFull();
        bootData.setValueChangeMode(ValueChangeMode.LAZY);
        listenForEdits();
        FormLayout form =
                new FormLayout(name, replicas, min, max, cpus, memory, image, isolation, runtimeClass, architectures);
        VerticalLayout body = new VerticalLayout(issues, form, bootData, remove);
        body.setPadding(false);
        panel = new Details("VM VDU " + vdu.node(), body);
        panel.setId(id);
        panel.setOpened(true);
        show();
    }

    /** Each edit the user makes goes into the model at once (and is read back from it: see show()). */
    private void listenForEdits() {
        cpus.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                vm(m -> Vdus.compute(m, m.profile(), value(cpus, 1), m.memoryBytes(), m.image(), m.extensions()));
            }
        });
        memory.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                int mib = value(memory, 1024);
                // the form shows whole MiB: an untouched field keeps the exact size the model has
                vm(m -> Vdus.compute(
                        m,
                        m.profile(),
                        m.virtualCpus(),
                        mib == (m.memoryBytes() >> 20) ? m.memoryBytes() : (long) mib << 20,
                        m.image(),
                        m.extensions()));
            }
        });
        image.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                String name = e.getValue().trim();
                vm(m -> Vdus.compute(
                        m,
                        m.profile(),
                        m.virtualCpus(),
                        m.memoryBytes(),
                        m.image()
                                .filter(i -> i.name().equals(name))
                                .or(() -> name.isEmpty() ? Optional.empty() : Optional.of(Vdus.vmImage(name))),
                        m.extensions()));
            }
        });
        bootData.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                vm(m -> Vdus.withBootData(m, Optional.of(e.getValue()).filter(b -> !b.isBlank())));
            }
        });
    }

    private void vm(UnaryOperator<ComputeVdu> change) {
        design.apply(d -> VnfEdits.updateVdu(d, node, v -> change.apply((ComputeVdu) v)));
    }

    @Override
    protected void renamed() {
        panel.setSummaryText("VM VDU " + node);
    }

    @Override
    Component component() {
        return panel;
    }

    @Override
    List<String> nodes() {
        return List.of(node);
    }

    void setReadOnly(boolean readOnly) {
        commonReadOnly(readOnly);
        cpus.setReadOnly(readOnly);
        memory.setReadOnly(readOnly);
        image.setReadOnly(readOnly);
        bootData.setReadOnly(readOnly);
    }

    static Vdu blank(String node) {
        return new ComputeVdu(
                node,
                node,
                "",
                VduProfile.ONE,
                2,
                2048L << 20,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                VduExtensions.NONE);
    }
}
