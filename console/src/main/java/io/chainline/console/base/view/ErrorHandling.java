package io.chainline.console.base.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.chainline.console.base.service.ChainlineException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place UI errors end: a coded refusal is shown as it is; anything else is logged with a reference the user
 * can quote, and the user sees that reference, never a stack trace.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    Throwable cause = rootChainlineException(error.getThrowable());
                    String message;
                    if (cause instanceof ChainlineException refusal) {
                        message = refusal.getMessage() + " (" + refusal.code() + ")";
                    } else {
                        String reference = UUID.randomUUID().toString().substring(0, 8);
                        log.error("Unexpected UI error, reference {}", reference, error.getThrowable());
                        message = "Something went wrong on our side (reference " + reference
                                + "). Nothing was changed by the"
                                + " failed action; try again, and quote the reference if it persists.";
                    }
                    UI ui = UI.getCurrent();
                    if (ui != null) {
                        ui.access(() -> {
                            Notification notification =
                                    Notification.show(message, 8000, Notification.Position.TOP_CENTER);
                            notification.addThemeVariants(NotificationVariant.ERROR);
                        });
                    }
                }));
    }

    private static Throwable rootChainlineException(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ChainlineException) {
                return t;
            }
        }
        return thrown;
    }
}
