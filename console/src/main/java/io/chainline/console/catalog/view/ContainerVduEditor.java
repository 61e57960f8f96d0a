package io.chainline.console.catalog.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.console.catalog.service.DemoDescriptors;
import io.chainline.console.catalog.service.ImageService;
import io.chainline.tosca.model.Container;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.SwImage;
import io.chainline.tosca.model.Vdu;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** A container VDU (OsContainerDeployableUnit) and its containers, each image resolvable to digest and platforms. */
final class ContainerVduEditor extends VduEditor {

    private final ContainerVdu original;
    private final ImageService images;
    private final List<ContainerRow> containers = new ArrayList<>();
    private final VerticalLayout containerList = new VerticalLayout();
    private final Button addContainer = new Button("Add container");
    private final Details panel;

    ContainerVduEditor(String id, ContainerVdu vdu, ImageService images, Runnable changed, Runnable remove) {
        super(id, vdu, changed);
        this.original = vdu;
        this.images = images;
        containerList.setPadding(false);
        vdu.containers().forEach(this::addRow);
        addContainer.setId(id + "-add-container");
        addContainer.addClickListener(e -> {
            addRow(DemoDescriptors.container(
                    node() + "_c" + (containers.size() + 1), SwImage.container(""), 250, 128L << 20));
            changed.run();
        });
        Button removeVdu = new Button("Remove VDU", e -> remove.run());
        removeVdu.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        removeVdu.setId(id + "-remove");
        FormLayout common = new FormLayout(name, min, max, isolation, runtimeClass, architectures);
        VerticalLayout body =
                new VerticalLayout(issues, common, new Span("Containers"), containerList, addContainer, removeVdu);
        body.setPadding(false);
        panel = new Details("Container VDU " + vdu.node(), body);
        panel.setId(id);
        panel.setOpened(true);
        name.addValueChangeListener(e -> panel.setSummaryText("Container VDU " + node()));
    }

    private void addRow(Container container) {
        ContainerRow row = new ContainerRow(id + "-container-" + containers.size(), container);
        containers.add(row);
        containerList.add(row.layout);
    }

    @Override
    Component component() {
        return panel;
    }

    @Override
    Vdu vdu() {
        return new ContainerVdu(
                node(),
                node().equals(original.node()) ? original.name() : node(),
                original.description(),
                profile(),
                original.mcioName().isEmpty() || original.mcioName().equals(original.node())
                        ? node()
                        : original.mcioName(),
                original.mcioType().isEmpty() ? "Deployment" : original.mcioType(),
                containers.stream().map(ContainerRow::container).toList(),
                original.storages(),
                extensions());
    }

    @Override
    List<String> nodes() {
        List<String> nodes = new ArrayList<>(List.of(node()));
        containers.forEach(c -> nodes.add(c.node()));
        return nodes;
    }

    @Override
    protected Map<String, String> previousLabels() {
        return original.extensions().nodeLabels();
    }

    @Override
    void setReadOnly(boolean readOnly) {
        commonReadOnly(readOnly);
        addContainer.setVisible(!readOnly);
        containers.forEach(c -> c.setReadOnly(readOnly));
    }

    /** One container: name, image (resolved to digest and platforms), CPU and memory requests. */
    private final class ContainerRow {
        private final Container original;
        private final TextField name = new TextField("Container");
        private final TextField image = new TextField("Image");
        private final IntegerField cpu = new IntegerField("CPU (milli)");
        private final IntegerField memory = new IntegerField("Memory (MiB)");
        private final Button resolve = new Button("Resolve");
        private final Span platforms = new Span();
        private Optional<SwImage.Checksum> digest;
        private String pinnedReference;
        private final ContainerExtrasForm extras;
        private final VerticalLayout layout;

        ContainerRow(String rowId, Container container) {
            this.original = container;
            this.digest = container.image().flatMap(SwImage::checksum);
            this.pinnedReference = container.image().map(SwImage::name).orElse("");
            name.setId(rowId + "-name");
            name.setValue(container.node());
            image.setId(rowId + "-image");
            image.setWidth("28em");
            image.setValue(container.image().map(SwImage::name).orElse(""));
            image.setPlaceholder("registry.example.net/nfv/fw:4.2");
            cpu.setId(rowId + "-cpu");
            cpu.setValue(
                    container.cpuRequestMilli().isPresent()
                            ? (int) container.cpuRequestMilli().getAsLong()
                            : null);
            memory.setId(rowId + "-memory");
            memory.setValue(
                    container.memoryRequestBytes().isPresent()
                            ? (int) (container.memoryRequestBytes().getAsLong() >> 20)
                            : null);
            resolve.setId(rowId + "-resolve");
            platforms.setId(rowId + "-platforms");
            platforms.setText(digest.map(d -> "pinned sha256:" + d.hash().substring(0, 12) + "…")
                    .orElse("not resolved"));
            listen(name);
            // committed when the field loses focus, so a click on Resolve always sees what was typed
            image.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
            image.addValueChangeListener(e -> {
                if (e.isFromClient() && !e.getValue().trim().equals(pinnedReference)) {
                    digest = Optional.empty(); // a new reference is not pinned until resolved again
                    platforms.setText("not resolved");
                }
                changed.run();
            });
            cpu.addValueChangeListener(e -> changed.run());
            memory.addValueChangeListener(e -> changed.run());
            resolve.addClickListener(e -> resolveNow());
            HorizontalLayout main = new HorizontalLayout(name, image, resolve, cpu, memory, platforms);
            main.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            main.setWrap(true);
            extras = new ContainerExtrasForm(rowId, container.extensions(), changed);
            layout = new VerticalLayout(main, extras);
            layout.setPadding(false);
        }

        private void resolveNow() {
            ImageService.ImageInfo info = images.resolve(image.getValue());
            digest = Optional.of(new SwImage.Checksum("sha-256", info.sha256Hex()));
            pinnedReference = image.getValue().trim();
            platforms.setText(String.join(", ", info.architectures()) + " · "
                    + info.digest().substring(0, 19) + "…"
                    + info.warning().map(w -> " ⚠ " + w).orElse(""));
            changed.run();
        }

        String node() {
            String value = name.getValue().trim();
            return value.isEmpty() ? "container" : value;
        }

        Container container() {
            String reference = image.getValue().trim();
            Optional<SwImage> unchanged = original.image()
                    .filter(i -> i.name().equals(reference) && i.checksum().equals(digest));
            Optional<SwImage> swImage = unchanged.isPresent() || reference.isEmpty()
                    ? unchanged
                    : Optional.of(DemoDescriptors.containerImage(reference, digest.map(SwImage.Checksum::hash)));
            OptionalLong memoryBytes = memory.getValue() == null
                    ? OptionalLong.empty()
                    : original.memoryRequestBytes().isPresent()
                                    && original.memoryRequestBytes().getAsLong() >> 20 == memory.getValue()
                            ? original.memoryRequestBytes()
                            : OptionalLong.of((long) memory.getValue() << 20);
            return new Container(
                    node(),
                    node().equals(original.node()) ? original.name() : node(),
                    original.description(),
                    swImage,
                    cpu.getValue() == null ? OptionalLong.empty() : OptionalLong.of(cpu.getValue()),
                    original.cpuLimitMilli(),
                    memoryBytes,
                    original.memoryLimitBytes(),
                    extras.extensions());
        }

        void setReadOnly(boolean readOnly) {
            name.setReadOnly(readOnly);
            image.setReadOnly(readOnly);
            cpu.setReadOnly(readOnly);
            memory.setReadOnly(readOnly);
            resolve.setVisible(!readOnly);
            extras.setReadOnly(readOnly);
        }
    }
}
