package io.chainline.console.catalog.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.chainline.console.catalog.service.DemoDescriptors;
import io.chainline.console.catalog.service.ImageService;
import io.chainline.console.catalog.service.VnfEdits;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.Vdu;
import java.util.ArrayList;
import java.util.List;

/** A container VDU (OsContainerDeployableUnit) and its containers, each image resolvable to digest and platforms. */
final class ContainerVduEditor extends VduEditor {

    private final ImageService images;
    private final List<ContainerEditor> containers = new ArrayList<>();
    private final VerticalLayout containerList = new VerticalLayout();
    private final Button addContainer = new Button("Add container");
    private final Details panel;
    private boolean readOnly;

    ContainerVduEditor(String id, ContainerVdu vdu, Design design, ImageService images, Runnable removed) {
        super(id, vdu, design, removed);
        this.images = images;
        containerList.setPadding(false);
        addContainer.setId(id + "-add-container");
        addContainer.addClickListener(e -> {
            String name = VnfEdits.freeName(design.get(), node + "_c");
            design.apply(d -> VnfEdits.addContainer(d, node, DemoDescriptors.unnamedImage(name, 250, 128L << 20)));
            renderContainers();
        });
        FormLayout common = new FormLayout(name, replicas, min, max, isolation, runtimeClass, architectures);
        VerticalLayout body =
                new VerticalLayout(issues, common, new Span("Containers"), containerList, addContainer, remove);
        body.setPadding(false);
        panel = new Details("Container VDU " + vdu.node(), body);
        panel.setId(id);
        panel.setOpened(true);
        show();
        renderContainers();
    }

    /** The container rows, rebuilt from the model after a container is added or removed. */
    private void renderContainers() {
        containers.clear();
        containerList.removeAll();
        List<io.chainline.tosca.model.Container> list = ((ContainerVdu) vdu()).containers();
        for (int i = 0; i < list.size(); i++) {
            ContainerEditor row = new ContainerEditor(
                    id + "-container-" + i, list.get(i), () -> node, design, images, this::renderContainers);
            row.setReadOnly(readOnly);
            containers.add(row);
            containerList.add(row);
        }
    }

    @Override
    protected void renamed() {
        panel.setSummaryText("Container VDU " + node);
    }

    @Override
    Component component() {
        return panel;
    }

    @Override
    List<String> nodes() {
        List<String> nodes = new ArrayList<>(List.of(node));
        containers.forEach(c -> nodes.add(c.node()));
        return nodes;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        commonReadOnly(readOnly);
        addContainer.setVisible(!readOnly);
        containers.forEach(c -> c.setReadOnly(readOnly));
    }

    static Vdu blank(String node) {
        return new ContainerVdu(
                node,
                node,
                "",
                io.chainline.tosca.model.VduProfile.ONE,
                node,
                "Deployment",
                List.of(DemoDescriptors.unnamedImage(node + "_main", 250, 128L << 20)),
                List.of(),
                io.chainline.tosca.model.VduExtensions.NONE);
    }
}
