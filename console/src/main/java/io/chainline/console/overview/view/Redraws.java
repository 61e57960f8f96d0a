package io.chainline.console.overview.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Redraws the wall screen from another thread (an alarm raised, a job's step), coalesced: a burst of changes (a target
 * going down raises an alarm per workload on it) costs one redraw, because changes arriving while a redraw is queued
 * join it. A UI that closed meanwhile simply misses it.
 */
final class Redraws {

    private final UI ui;
    private final Command redraw;
    private final AtomicBoolean queued = new AtomicBoolean();

    Redraws(UI ui, Command redraw) {
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
            queued.set(false); // the browser went away between the change and the redraw: nothing to show it to
        }
    }
}
