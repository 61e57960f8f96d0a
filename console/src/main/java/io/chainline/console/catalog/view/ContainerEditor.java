package io.chainline.console.catalog.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.chainline.console.catalog.service.DesignPart;
import io.chainline.console.catalog.service.ImageService;
import io.chainline.console.catalog.service.Vdus;
import io.chainline.console.catalog.service.VnfEdits;
import io.chainline.tosca.model.Container;
import io.chainline.tosca.model.SwImage;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** One container of a container VDU: name, image (resolved to digest and platforms), CPU and memory requests. */
final class ContainerEditor extends VerticalLayout {

    private final Supplier<String> vdu;
    private final Design design;
    private final ImageService images;
    private String node;
    private final TextField name = new TextField("Container");
    private final TextField image = new TextField("Image");
    private final IntegerField cpu = new IntegerField("CPU (milli)");
    private final IntegerField memory = new IntegerField("Memory (MiB)");
    private final Button resolve = new Button("Resolve");
    private final Button remove = new Button("Remove container");
    private final Span platforms = new Span();
    private final ContainerExtrasForm extras;

    ContainerEditor(
            String id, Container c, Supplier<String> vdu, Design design, ImageService images, Runnable removed) {
        this.vdu = vdu;
        this.design = design;
        this.images = images;
        this.node = c.node();
        name.setId(id + "-name");
        name.setValue(c.node());
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                rename(e.getValue().trim());
            }
        });
        configureImage(id, c);
        cpu.setId(id + "-cpu");
        c.cpuRequestMilli().ifPresent(v -> cpu.setValue((int) v));
        memory.setId(id + "-memory");
        c.memoryRequestBytes().ifPresent(v -> memory.setValue((int) (v >> 20)));
        cpu.addValueChangeListener(e -> requests(e.isFromClient()));
        memory.addValueChangeListener(e -> requests(e.isFromClient()));
        resolve.setId(id + "-resolve");
        resolve.addClickListener(e -> resolveNow());
        configureRemove(id, removed);
        platforms.setId(id + "-platforms");
        showPin();
        HorizontalLayout main = new HorizontalLayout(name, image, resolve, cpu, memory, platforms, remove);
        main.setAlignItems(FlexComponent.Alignment.BASELINE);
        main.setWrap(true);
        extras = new ContainerExtrasForm(id, c.extensions(), x -> change(k -> Vdus.withExtensions(k, x)));
        add(main, extras);
        setPadding(false);
    }

    private void configureImage(String id, Container c) {
        image.setId(id + "-image");
        image.setWidth("28em");
        image.setValue(c.image().map(SwImage::name).orElse(""));
        image.setPlaceholder("registry.example.net/nfv/fw:4.2");
        // committed when the field loses focus, so a click on Resolve always sees what was typed
        image.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        image.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                design.apply(d -> VnfEdits.setImage(d, vdu.get(), node, e.getValue(), Optional.empty()));
                showPin();
            }
        });
    }

    /** Removing a container confirms, saying what goes with it. */
    private void configureRemove(String id, Runnable removed) {
        remove.setId(id + "-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(e -> design.remove(
                "Remove container " + node + " from " + vdu.get() + "?",
                new DesignPart(DesignPart.Kind.CONTAINER, vdu.get(), node),
                true,
                d -> VnfEdits.removeContainer(d, vdu.get(), node),
                removed));
    }

    private void rename(String to) {
        String from = node;
        if (to.equals(from)) {
            return;
        }
        boolean done = design.apply(d -> VnfEdits.updateContainer(d, vdu.get(), from, k -> Vdus.renamed(k, to)));
        name.setInvalid(!done);
        name.setErrorMessage(done ? null : "Use a free name: a letter, then letters, digits, '_' or '-'");
        if (done) {
            node = to;
        }
    }

    private void change(UnaryOperator<Container> change) {
        design.apply(d -> VnfEdits.updateContainer(d, vdu.get(), node, change));
    }

    /** The form shows whole MiB: an untouched field keeps the exact size the model has. */
    private void requests(boolean fromClient) {
        if (!fromClient) {
            return;
        }
        change(k -> {
            OptionalLong bytes = memory.getValue() == null
                    ? OptionalLong.empty()
                    : k.memoryRequestBytes().isPresent()
                                    && k.memoryRequestBytes().getAsLong() >> 20 == memory.getValue()
                            ? k.memoryRequestBytes()
                            : OptionalLong.of((long) memory.getValue() << 20);
            OptionalLong milli = cpu.getValue() == null ? OptionalLong.empty() : OptionalLong.of(cpu.getValue());
            return Vdus.withRequests(k, milli, bytes);
        });
    }

    private void resolveNow() {
        ImageService.ImageInfo info = images.resolve(image.getValue());
        design.apply(d -> VnfEdits.setImage(d, vdu.get(), node, image.getValue(), Optional.of(info.sha256Hex())));
        platforms.setText(String.join(", ", info.architectures()) + " · "
                + info.digest().substring(0, 19) + "…"
                + info.warning().map(w -> " ⚠ " + w).orElse(""));
    }

    /** Whether the model's image is pinned to a digest. */
    private void showPin() {
        Optional<SwImage> pinned = container().flatMap(Container::image);
        platforms.setText(pinned.flatMap(SwImage::checksum)
                .map(d -> "pinned sha256:"
                        + d.hash().substring(0, Math.min(12, d.hash().length())) + "…")
                .orElse(pinned.isPresent() ? "not resolved" : "no image"));
    }

    private Optional<Container> container() {
        return design.flavour().vdus().stream()
                .filter(v -> v.node().equals(vdu.get()))
                .filter(io.chainline.tosca.model.ContainerVdu.class::isInstance)
                .flatMap(v -> ((io.chainline.tosca.model.ContainerVdu) v).containers().stream())
                .filter(k -> k.node().equals(node))
                .findFirst();
    }

    String node() {
        return node;
    }

    void setReadOnly(boolean readOnly) {
        name.setReadOnly(readOnly);
        image.setReadOnly(readOnly);
        cpu.setReadOnly(readOnly);
        memory.setReadOnly(readOnly);
        resolve.setVisible(!readOnly);
        remove.setVisible(!readOnly);
        extras.setReadOnly(readOnly);
    }
}
