package io.chainline.console.deployment.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;

/** Runs a redraw in a UI from a job's thread; a UI that closed meanwhile simply misses it. */
final class Pushes {

    private Pushes() {}

    static void access(UI ui, Command redraw) {
        try {
            ui.access(redraw);
        } catch (UIDetachedException closed) {
            // the browser went away between the event and the redraw: nothing to show it to
        }
    }
}
