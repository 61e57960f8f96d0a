package io.chainline.console.base.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Redraws a view from another thread (Push), coalesced: signals arriving while a redraw is already queued join it
 * instead of queueing their own, so a burst of changes costs one database read and one layout. A UI that closed
 * meanwhile simply misses it.
 */
public final class Redraws {

    private final UI ui;
    private final Command redraw;
    private final AtomicBoolean queued = new AtomicBoolean();

    public Redraws(UI ui, Command redraw) {
        this.ui = ui;
        this.redraw = redraw;
    }

    public void changed() {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        try {
            ui.access(() -> {
                queued.set(false);
                redraw.execute();
            });
        } catch (UIDetachedException closed) {
            // the browser went away between the signal and the redraw: nothing to show it to
        }
    }
}
