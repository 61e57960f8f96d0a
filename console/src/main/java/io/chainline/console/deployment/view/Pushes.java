package io.chainline.console.deployment.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Redraws a view from a job's thread, coalesced: a job reports several changes per step, and each redraw reads the
 * database and lays out the chain picture, so events arriving while a redraw is already queued join it instead of
 * queueing their own. A UI that closed meanwhile simply misses it.
 */
final class Pushes {

    private final UI ui;
    private final Command redraw;
    private final AtomicBoolean queued = new AtomicBoolean();

    Pushes(UI ui, Command redraw) {
        this.ui = ui;
        this.redraw = redraw;
    }

    void changed() {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        try {
            ui.access(() -> {
                queued.set(false);
                redraw.execute();
            });
        } catch (UIDetachedException closed) {
            // the browser went away between the event and the redraw: nothing to show it to
        }
    }
}
