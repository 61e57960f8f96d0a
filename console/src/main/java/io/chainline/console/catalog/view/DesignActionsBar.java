package io.chainline.console.catalog.view;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import io.chainline.console.base.view.AskDialog;
import io.chainline.console.base.view.Confirm;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.DescriptorDiff;
import java.util.List;
import java.util.UUID;

/**
 * The lifecycle buttons every designer shows, the same way for every design: save draft, publish, new version,
 * clone, deprecate, delete (confirmed) and compare. Element ids are {@code <prefix>-save}, {@code <prefix>-publish}…
 * so each designer keeps its own; what differs between designs is said by {@link Words} and done by {@link Design}.
 *
 * @param <S> the design's summary
 */
@org.springframework.modulith.NamedInterface("view") // the one actions bar every designer uses (ADR 25)
public final class DesignActionsBar<S> {

    /**
     * The words and ids of one design.
     *
     * @param prefix the element id prefix, also the ask dialog's ({@code designer}, {@code chain})
     * @param versionField the new version dialog's field label
     * @param cloneButton the clone button's label
     * @param cloneField the clone dialog's field label
     * @param deleteConsequence what deleting a version does, in the confirmation
     */
    public record Words(
            String prefix, String versionField, String cloneButton, String cloneField, String deleteConsequence) {}

    /** What the designer does for each button; the lifecycle itself is the design's service. */
    public interface Design<S> {
        String name(S summary);

        String version(S summary);

        DescriptorState state(S summary);

        /** Saves what the editor shows and answers the version saved. */
        long save();

        /** The version the editor last read, which a change names. */
        long readVersion();

        /** Whether publishing applies now: a stale click on a disabled button publishes nothing. */
        boolean mayPublish();

        void publish(S summary, long version);

        UUID newVersion(S summary, String version);

        UUID cloneAs(S summary, String name);

        void deprecate(S summary, long version);

        void delete(S summary, long version);

        /** The other versions one may compare this one with. */
        List<S> otherVersions(S summary);

        /** What changed from {@code from} to {@code to}. */
        List<DescriptorDiff.Change> diff(S from, S to);

        void reload();

        void open(UUID id);

        void backToList();
    }

    private final Words words;
    private final Design<S> design;
    private Button publish;

    public DesignActionsBar(Words words, Design<S> design) {
        this.words = words;
        this.design = design;
    }

    public HorizontalLayout buttons(S summary, boolean operator, boolean editable) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (editable) {
            buttons.add(button("Save draft", "save", e -> design.save()));
            publish = button("Publish", "publish", e -> publish(summary));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(publish);
        }
        if (operator) {
            buttons.add(button("New version", "new-version", e -> askNewVersion(summary)));
            buttons.add(button(words.cloneButton(), "clone", e -> askClone(summary)));
            if (design.state(summary) == DescriptorState.PUBLISHED) {
                buttons.add(button("Deprecate", "deprecate", e -> confirmDeprecate(summary)));
            }
            Button delete = button("Delete", "delete", e -> confirmDelete(summary));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(delete);
        }
        buttons.add(button("Compare…", "compare", e -> compare(summary)));
        return buttons;
    }

    /** Publish follows the design's one rule: enabled or not, with the tooltip saying why (none: no tooltip). */
    public void publishable(boolean publishable, String tooltip) {
        if (publish == null) {
            return;
        }
        publish.setEnabled(publishable);
        publish.setTooltipText(tooltip);
    }

    private void publish(S summary) {
        if (!design.mayPublish()) {
            return;
        }
        long version = design.save();
        design.publish(summary, version);
        design.reload();
    }

    private void askNewVersion(S summary) {
        AskDialog.ask(
                words.prefix(),
                "New version of " + design.name(summary),
                words.versionField(),
                AskDialog.nextVersion(design.version(summary)),
                value -> design.open(design.newVersion(summary, value)));
    }

    private void askClone(S summary) {
        AskDialog.ask(
                words.prefix(),
                "Clone " + design.name(summary),
                words.cloneField(),
                design.name(summary) + " copy",
                value -> design.open(design.cloneAs(summary, value)));
    }

    // deprecation cannot be undone, and it stops every new use of the version, so it is asked first
    private void confirmDeprecate(S summary) {
        Confirm.disruptive(
                "Deprecate " + design.name(summary) + " " + design.version(summary) + "?",
                "No new chain or deployment can use it; deployments that run it keep running, scaling and healing."
                        + " It cannot be published again: make a new version to offer it again.",
                "Deprecate",
                () -> {
                    design.deprecate(summary, design.readVersion());
                    design.reload();
                });
    }

    private void confirmDelete(S summary) {
        Confirm.destructive(
                "Delete " + design.name(summary) + " " + design.version(summary) + "?",
                words.deleteConsequence(),
                "Delete",
                () -> {
                    design.delete(summary, design.readVersion());
                    design.backToList();
                });
    }

    private void compare(S summary) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Compare " + design.name(summary) + " " + design.version(summary) + " with…");
        dialog.setWidth("60em");
        Select<S> other = new Select<>();
        other.setItems(design.otherVersions(summary));
        other.setItemLabelGenerator(v -> design.version(v) + " (" + StateBadge.label(design.state(v)) + ")");
        other.setId(words.prefix() + "-compare-with");
        Grid<DescriptorDiff.Change> changes = new Grid<>(DescriptorDiff.Change.class, false);
        changes.setId(words.prefix() + "-diff");
        changes.addColumn(DescriptorDiff.Change::kind).setHeader("").setAutoWidth(true);
        changes.addColumn(DescriptorDiff.Change::path).setHeader("Where").setAutoWidth(true);
        changes.addColumn(c -> c.before() == null ? "" : c.before()).setHeader("Before");
        changes.addColumn(c -> c.after() == null ? "" : c.after()).setHeader("After");
        other.addValueChangeListener(e -> changes.setItems(design.diff(e.getValue(), summary)));
        dialog.add(other, changes);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    private Button button(String label, String id, ComponentEventListener<ClickEvent<Button>> click) {
        Button button = new Button(label, click);
        button.setId(words.prefix() + "-" + id);
        return button;
    }
}
