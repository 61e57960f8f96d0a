package io.chainline.console.alarm.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import io.chainline.console.base.service.ChainlineException;
import java.util.function.Consumer;

/**
 * Acknowledges the selected alarms with one optional comment. A refusal stays in the dialog with the comment as typed.
 */
final class AcknowledgeDialog extends Dialog {

    AcknowledgeDialog(int count, Consumer<String> acknowledge) {
        setId("alarms-ack-dialog");
        setHeaderTitle("Acknowledge " + count + (count == 1 ? " alarm?" : " alarms?"));
        Paragraph what = new Paragraph("Acknowledging says someone is on it: the alarms stay active until the fault is "
                + "gone, and the comment is shown with them and kept in the audit log.");
        TextArea comment = new TextArea("Comment (optional)");
        comment.setId("alarms-ack-comment");
        comment.setWidthFull();
        comment.setMaxLength(1000);
        Paragraph error = new Paragraph();
        error.setId("alarms-ack-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(what, comment, error);
        Button ok = new Button("Acknowledge", e -> {
            try {
                acknowledge.accept(comment.getValue());
                close();
            } catch (ChainlineException refused) {
                error.setText(refused.getMessage());
                error.setVisible(true);
            }
        });
        ok.setId("alarms-ack-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("alarms-ack-cancel");
        getFooter().add(cancel, ok);
    }
}
