package io.chainline.console.catalog.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.chainline.console.catalog.service.DesignIssue;
import io.chainline.console.catalog.service.ImageService;
import io.chainline.console.catalog.service.VnfEdits;
import io.chainline.tosca.model.ComputeVdu;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.Vdu;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The design's VDUs, an editor each, rebuilt from the model when one is added or removed. */
final class VduSection extends VerticalLayout {

    private final Design design;
    private final ImageService images;
    private final Runnable shapeChanged;
    private final VerticalLayout list = new VerticalLayout();
    private final List<VduEditor> editors = new ArrayList<>();

    VduSection(Design design, ImageService images, Runnable shapeChanged) {
        this.design = design;
        this.images = images;
        this.shapeChanged = shapeChanged;
        list.setPadding(false);
        list.setId("designer-vdus");
        Button addContainer = add("Add container VDU", "designer-add-container-vdu", ContainerVduEditor::blank, "vdu");
        Button addVm = add("Add VM VDU", "designer-add-vm-vdu", ComputeVduEditor::blank, "vm");
        HorizontalLayout buttons = new HorizontalLayout(addContainer, addVm);
        buttons.setVisible(design.editable());
        setPadding(false);
        add(list, buttons);
        render();
    }

    private Button add(String label, String id, Function<String, Vdu> blank, String prefix) {
        Button button = new Button(label, e -> {
            design.apply(d -> VnfEdits.addVdu(d, blank.apply(VnfEdits.freeVduName(d, prefix))));
            render();
            shapeChanged.run();
        });
        button.setId(id);
        return button;
    }

    void render() {
        editors.clear();
        list.removeAll();
        List<Vdu> vdus = design.flavour().vdus();
        Runnable removed = () -> {
            render();
            shapeChanged.run();
        };
        for (int i = 0; i < vdus.size(); i++) {
            String id = "vdu-" + i;
            VduEditor editor = switch (vdus.get(i)) {
                case ContainerVdu unit -> {
                    ContainerVduEditor e = new ContainerVduEditor(id, unit, design, images, removed);
                    e.setReadOnly(!design.editable());
                    yield e;
                }
                case ComputeVdu vm -> {
                    ComputeVduEditor e = new ComputeVduEditor(id, vm, design, removed);
                    e.setReadOnly(!design.editable());
                    yield e;
                }
            };
            editors.add(editor);
            list.add(editor.component());
        }
    }

    void show(List<DesignIssue> issues) {
        editors.forEach(e -> e.show(issues));
    }
}
