package com.factline.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a person sees when something fails in a view: a plain sentence, never a stack trace. A
 * database outage says so and that the change was not saved; the app recovers by itself when
 * the database is back (the connection pool reconnects).
 */
@Component
class UiErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(UiErrors::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable t = event.getThrowable();
        String message = message(t);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notification.show(message, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    static String message(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (DatabaseFailures.isUnavailable(c)) {
                log.warn("Database unavailable: {}", c.getMessage());
                return "The database is unavailable; your change was not saved. Try again in a moment.";
            }
            if (c instanceof FactlineException f) {
                return f.getMessage();
            }
            if (c instanceof AccessDeniedException) {
                return "You do not have the role or membership this needs.";
            }
        }
        log.error("Unexpected error in a view", t);
        return "Something went wrong on the server; nothing was saved.";
    }
}
