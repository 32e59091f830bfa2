package com.factline.collab;

import com.factline.base.FactlineException;
import com.factline.project.ProjectId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A collapsible "History" section for an editor: each change of the shown event, claim or
 * discrepancy with when, who, what, and the fields it changed (old struck through, new
 * highlighted; always as text). Revertible changes have a "Revert" button, behind a
 * confirmation. Loads when opened and follows everyone's committed changes live.
 *
 * <p>Usage: {@code add(history)}; {@code history.show(project, "event", id)} when the editor
 * shows a thing; {@code history.onReverted(...)} to reload the editor after a revert.
 */
public class HistoryPanel extends Details {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final HistoryService history;
    private final ChangeBus bus;
    final VerticalLayout list = new VerticalLayout();
    final Span error = new Span();
    private @Nullable ProjectId project;
    private String entityType = "";
    private long entityId;
    private Runnable onReverted = () -> {
    };
    /** Whether Revert is offered: not to someone whose role in the project may not edit (a viewer). */
    private boolean revertAllowed = true;
    private @Nullable Registration subscription;
    private long subscribedTo = -1;
    List<HistoryEntry> entries = List.of();

    public HistoryPanel(HistoryService history, ChangeBus bus) {
        super("History");
        this.history = history;
        this.bus = bus;
        addClassName("fl-history");
        setWidthFull();
        list.setPadding(false);
        list.setSpacing(false);
        error.addClassName("fl-error");
        add(error, list);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
            }
        });
        addAttachListener(e -> subscribe());
        addDetachListener(e -> unsubscribe());
    }

    /** Shows the history of one thing (loaded now if the section is open, else when it is opened). */
    public void show(ProjectId project, String entityType, long entityId) {
        this.project = project;
        this.entityType = entityType;
        this.entityId = entityId;
        entries = List.of();
        list.removeAll();
        error.setText("");
        if (isAttached()) {
            subscribe();
        }
        if (isOpened()) {
            refresh();
        }
    }

    /** Runs after a successful revert, e.g. to reload the editor's fields. */
    public void onReverted(Runnable action) {
        this.onReverted = Objects.requireNonNull(action);
    }

    /**
     * Whether the signed-in user may revert here (the host asks {@code ProjectAccess} on entering): without it the
     * history is shown with no Revert buttons.
     */
    public void setRevertAllowed(boolean allowed) {
        if (allowed != revertAllowed) {
            revertAllowed = allowed;
            if (isOpened()) {
                refresh();
            }
        }
    }

    /** The entries shown, newest first (for tests and hosts). */
    public List<HistoryEntry> entries() {
        return entries;
    }

    void refresh() {
        ProjectId p = project;
        list.removeAll();
        if (p == null) {
            return;
        }
        try {
            entries = history.history(p, entityType, entityId);
        } catch (FactlineException e) {
            error.setText(e.getMessage());
            return;
        }
        if (entries.isEmpty()) {
            Span none = new Span("No changes recorded.");
            none.addClassName("fl-muted");
            list.add(none);
        }
        for (HistoryEntry entry : entries) {
            list.add(row(entry));
        }
    }

    private Div row(HistoryEntry entry) {
        Div row = new Div();
        row.addClassName("fl-history-entry");
        Div head = new Div();
        Span meta = new Span(WHEN.format(entry.at()) + " \u00B7 " + entry.actor() + " \u00B7 " + entry.actionLabel());
        meta.addClassName("fl-muted");
        head.add(meta);
        if (entry.revertible() && revertAllowed) {
            Button revert = new Button("Revert", e -> confirm(entry));
            revert.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            revert.addClassName("fl-history-revert");
            head.add(new Span(" "), revert);
        }
        row.add(head);
        for (FieldChange c : entry.changes()) {
            Div line = new Div();
            line.addClassName("fl-history-change");
            line.add(new Span(c.label() + ": "));
            if (c.oldValue() != null) {
                Span old = new Span(c.oldValue());
                old.addClassName("fl-history-old");
                line.add(old);
            }
            if (c.oldValue() != null && c.newValue() != null) {
                line.add(new Span(" \u2192 "));
            }
            if (c.newValue() != null) {
                Span now = new Span(c.newValue());
                now.addClassName("fl-history-new");
                line.add(now);
            }
            row.add(line);
        }
        return row;
    }

    private void confirm(HistoryEntry entry) {
        ProjectId p = project;
        if (p == null) {
            return;
        }
        // Only the fields the revert really sets back; the rest (a status that follows from the rules) is named as staying.
        Set<String> settable = history.revertibleFields(p, entry.id());
        String fields = String.join(", ", entry.changes().stream().filter(c -> settable.contains(c.field()))
                .map(c -> c.label().toLowerCase(Locale.ROOT)).distinct().toList());
        String staying = String.join(", ", entry.changes().stream().filter(c -> !settable.contains(c.field()))
                .map(c -> c.label().toLowerCase(Locale.ROOT)).distinct().toList());
        ConfirmDialog d = new ConfirmDialog("Revert this change?",
                "Sets " + fields + " back to what " + entry.actor() + "\u2019s change of " + WHEN.format(entry.at())
                        + " replaced." + (staying.isEmpty() ? "" : " The " + staying + " stays as it is now (it follows from the rules).")
                        + " The revert is itself a logged change.",
                "Revert", e -> revert(entry));
        d.setCancelable(true);
        d.setId("history-revert-dialog");
        d.open();
    }

    private void revert(HistoryEntry entry) {
        ProjectId p = project;
        if (p == null) {
            return;
        }
        error.setText("");
        try {
            history.revert(p, entry.id());
            Notification.show("Change reverted.", 2000, Notification.Position.BOTTOM_START);
            refresh();
            onReverted.run();
        } catch (FactlineException e) {
            error.setText(e.getMessage());
        } catch (AccessDeniedException e) {
            error.setText("You do not have the role this needs.");
        }
    }

    /** Like ChangeBus.bind, but for a project that is known only once an editor shows something. */
    private void subscribe() {
        ProjectId p = project;
        if (p == null || (subscription != null && subscribedTo == p.value())) {
            return;
        }
        unsubscribe();
        UI ui = getUI().orElse(null);
        if (ui == null) {
            return;
        }
        subscribedTo = p.value();
        subscription = bus.subscribe(p.value(), notice -> ui.access(() -> {
            if (isOpened() && notice.entityType().equals(entityType) && notice.entityId() != null && notice.entityId() == entityId) {
                refresh();
            }
        }));
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
            subscribedTo = -1;
        }
    }
}
