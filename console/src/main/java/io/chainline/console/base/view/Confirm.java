package io.chainline.console.base.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * The one way the console asks before a destructive or disruptive action: the title names the action and its object,
 * the text says what will happen (and what goes with it), and the confirm button repeats the verb. Every such action
 * goes through here so the wording, the red button and the element ids are the same everywhere; tests find the
 * dialog by {@code confirm-dialog} and its button by {@code confirm-ok}. A destructive confirmation focuses Cancel when
 * it opens, so Enter pressed out of habit cancels instead of destroying.
 */
public final class Confirm {

    private Confirm() {}

    /**
     * @param title what is about to happen, as a question ("Terminate vcpe-paris?")
     * @param consequence one or two sentences: what the action does and what it cannot undo
     * @param verb the confirm button's label ("Terminate")
     */
    public static ConfirmDialog destructive(String title, String consequence, String verb, Runnable action) {
        return destructive(title, consequence, List.of(), verb, action);
    }

    /** As {@link #destructive(String, String, String, Runnable)}, listing the dependent parts that go too. */
    public static ConfirmDialog destructive(
            String title, String consequence, List<String> alsoRemoved, String verb, Runnable action) {
        Div text = text(consequence, alsoRemoved);
        return open(build(title, text, verb, "error primary", action, true));
    }

    /**
     * As {@link #destructive(String, String, String, Runnable)}, with more below the consequence (e.g. the value the
     * user gave, or the full text of a finding in a details element) for a reader who wants it, not in the way.
     */
    public static ConfirmDialog destructive(
            String title, String consequence, Component more, String verb, Runnable action) {
        Div text = text(consequence, List.of());
        text.add(more);
        return open(build(title, text, verb, "error primary", action, true));
    }

    /** A disruptive but not destructive action (reconcile, heal, restart): asked, with a primary button. */
    public static ConfirmDialog disruptive(String title, String consequence, String verb, Runnable action) {
        return open(build(title, text(consequence, List.of()), verb, "primary", action, false));
    }

    private static ConfirmDialog open(ConfirmDialog dialog) {
        dialog.open();
        return dialog;
    }

    private static Div text(String consequence, List<String> alsoRemoved) {
        Div text = new Div(new Paragraph(consequence));
        if (!alsoRemoved.isEmpty()) {
            text.add(new Paragraph("This also removes:"));
            UnorderedList list = new UnorderedList();
            list.setId("confirm-also-removed");
            alsoRemoved.forEach(item -> list.add(new ListItem(item)));
            text.add(list);
        }
        return text;
    }

    private static ConfirmDialog build(
            String title, Div text, String verb, String buttonTheme, Runnable action, boolean cancelFirst) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-dialog");
        dialog.setHeader(title);
        dialog.setText(text);
        dialog.setCancelable(true);
        // our own slotted buttons (not the built-in ones) carry ids that tests and users' scripts can find; they
        // close the dialog themselves, so the action runs exactly once
        Button ok = new Button(verb);
        ok.setId("confirm-ok");
        ok.getElement().setAttribute("theme", buttonTheme);
        ok.addClickListener(e -> {
            dialog.close();
            action.run();
        });
        dialog.setConfirmButton(ok);
        Button cancel = new Button("Cancel");
        cancel.setId("confirm-cancel");
        cancel.addClickListener(e -> dialog.close());
        dialog.setCancelButton(cancel);
        if (cancelFirst) {
            focusOnOpen(dialog, cancel);
        }
        return dialog;
    }

    /**
     * The web component focuses its confirm button as it opens; a destructive one moves the focus to Cancel after that
     * (two frames later, once the overlay has rendered and trapped the focus), so Enter cancels.
     */
    private static void focusOnOpen(ConfirmDialog dialog, Button cancel) {
        cancel.getElement().setAttribute("data-default-focus", "");
        // the overlay sometimes focuses its confirm button later than two frames (the first dialog of a page, while
        // its code loads: a walkthrough found the red button focused), so the focus is set again if the confirm
        // button or nothing took it meanwhile; a user does not reach the confirm button within a second by keyboard
        dialog.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                cancel.getElement().executeJs("""
                        const b = this;
                        const fix = () => {
                          const a = document.activeElement;
                          if (a !== b && (a === null || a === document.body || a.id === 'confirm-ok')) b.focus();
                        };
                        requestAnimationFrame(() => requestAnimationFrame(() => b.focus()));
                        [100, 250, 500, 1000].forEach(t => setTimeout(fix, t));""");
            }
        });
    }
}
