package io.chainline.console.base.view;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeLeaveEvent;

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
        return badge;
    }

    /**
     * Postpones the navigation and asks; leaving runs {@code discard} (so the editor is clean) and then proceeds.
     *
     * @param subject what was edited, as the user reads it ("vEdge 1.0")
     */
    public static void confirmLeave(BeforeLeaveEvent event, String subject, Runnable discard) {
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        Confirm.destructive(
                "Leave without saving?",
                "Your changes to " + subject
                        + " since the last save are lost if you leave now. Cancel, then Save, to keep them.",
                "Discard changes and leave",
                () -> {
                    discard.run();
                    leave.proceed();
                });
    }
}
