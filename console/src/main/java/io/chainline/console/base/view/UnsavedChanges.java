package io.chainline.console.base.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeLeaveEvent;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How an editor keeps edits the user has not saved: a badge says so while the form differs from the saved model, and
 * navigating away asks first (Cancel, focused, stays; the red button discards and leaves). The chain editor and the
 * VNF designer share it so the wording and the element ids are the same in both.
 */
public final class UnsavedChanges {

    private UnsavedChanges() {}

    /** The "Unsaved changes" badge, hidden until the editor shows it. */
    public static Span badge(String id) {
        Span badge = new Span("Unsaved changes");
        badge.setId(id);
        badge.getElement().getThemeList().add("badge contrast");
        badge.setVisible(false);
        // the page the editor leaves for no longer has its edits: the browser stops asking on unload
        badge.addDetachListener(e -> e.getUI().getPage().executeJs("window.chainlineUnsaved = false"));
        return badge;
    }

    /**
     * Shows or hides the badge and tells the browser, which asks before the page is closed, reloaded or left for
     * another document (the browser's Back to a page loaded on its own) while there are unsaved edits: a navigation
     * inside the console is asked about by {@link #confirmLeave}, those never reach the server.
     */
    public static void show(Span badge, boolean dirty) {
        badge.setVisible(dirty);
        badge.getElement().executeJs("""
                window.chainlineUnsaved = $0;
                if (!window.chainlineUnloadGuard) {
                  window.chainlineUnloadGuard = true;
                  window.addEventListener('beforeunload', e => {
                    if (window.chainlineUnsaved) { e.preventDefault(); e.returnValue = ''; }
                  });
                }""", dirty);
    }

    /**
     * Postpones the navigation and asks; leaving runs {@code discard} (so the editor is clean) and then proceeds.
     * Staying cancels the postponed navigation: left pending, the browser's router waits for it and ignores every
     * later menu click on the page (found in a walkthrough: the side menu went dead after one Cancel).
     *
     * @param subject what was edited, as the user reads it ("vEdge 1.0")
     */
    public static void confirmLeave(BeforeLeaveEvent event, String subject, Runnable discard) {
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        AtomicBoolean leaving = new AtomicBoolean();
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = Confirm.destructive(
                "Leave without saving?",
                "Your changes to " + subject
                        + " since the last save are lost if you leave now. Cancel, then Save draft, to keep them.",
                "Discard changes and leave",
                () -> {
                    leaving.set(true);
                    discard.run();
                    leave.proceed();
                });
        // decided once the round trip's listeners have run: the dialog closes before its action runs
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                ui.beforeClientResponse(ui, context -> {
                    if (!leaving.get()) {
                        leave.cancel();
                    }
                });
            }
        });
    }
}
