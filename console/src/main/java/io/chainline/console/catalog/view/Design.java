package io.chainline.console.catalog.view;

import io.chainline.console.base.view.Confirm;
import io.chainline.console.catalog.service.DesignPart;
import io.chainline.console.catalog.service.VnfEdits;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.VnfDescriptor;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The one model the designer edits: every form applies an edit function to it, and the YAML, the issues, the save
 * and the publish all read it. Nothing the designer shows is kept anywhere else.
 */
final class Design {

    /** One edit function of {@link VnfEdits}, {@code LinkEdits} or {@code ScalingEdits}. */
    @FunctionalInterface
    interface Edit {
        VnfEdits.Result apply(VnfDescriptor descriptor);
    }

    private VnfDescriptor descriptor;
    private final Runnable changed;
    private final boolean editable;
    private final java.util.List<Runnable> reshapeListeners = new java.util.ArrayList<>();

    Design(VnfDescriptor descriptor, boolean editable, Runnable changed) {
        this.descriptor = VnfEdits.normalised(descriptor);
        this.editable = editable;
        this.changed = changed;
    }

    VnfDescriptor get() {
        return descriptor;
    }

    Flavour flavour() {
        return VnfEdits.flavour(descriptor);
    }

    boolean editable() {
        return editable;
    }

    /** Sections that show parts of other sections (pickers of VDUs, levels per VDU) re-render on a reshape. */
    void onReshape(Runnable listener) {
        reshapeListeners.add(listener);
    }

    /** Parts were added, removed or renamed, or counts other sections show changed. */
    void reshaped() {
        reshapeListeners.forEach(Runnable::run);
    }

    /** Applies an edit; returns whether the model changed (a refused rename, say, does not). */
    boolean apply(Edit edit) {
        VnfDescriptor next = edit.apply(descriptor).descriptor();
        if (!editable || next.equals(descriptor)) {
            return false;
        }
        descriptor = next;
        changed.run();
        return true;
    }

    /** As {@link #apply(Edit)} for edits that cannot fail or remove: a property of one part. */
    boolean change(UnaryOperator<VnfDescriptor> edit) {
        return apply(d -> new VnfEdits.Result(edit.apply(d), List.of()));
    }

    /**
     * An edit that removes {@code subject}: asked first, naming what goes with it, when it takes other parts along or
     * when {@code always} (a VDU, a container); then applied, and {@code after} re-renders what changed shape.
     */
    void remove(String title, DesignPart subject, boolean always, Edit edit, Runnable after) {
        VnfEdits.Result preview = edit.apply(descriptor);
        List<String> also = preview.alsoRemoved(subject);
        Runnable run = () -> {
            apply(edit);
            after.run();
        };
        if (also.isEmpty() && !always) {
            run.run();
            return;
        }
        Confirm.destructive(
                title,
                "Removes " + subject.label() + " from this draft. It is gone once you save; until then, reload the page"
                        + " to get it back.",
                also,
                "Remove",
                run);
    }
}
