package com.factline.collab;

import com.factline.base.AppUserPrincipal;
import com.factline.base.ConflictException;
import com.factline.base.CurrentUser;
import com.factline.base.FactlineException;
import com.factline.base.NotFoundException;
import com.factline.base.Role;
import com.factline.project.ProjectId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The comment thread on one event, claim or discrepancy, as a collapsible "Comments (n)"
 * section: who wrote what and when (text only, line breaks kept), a box to add one, edit and
 * delete on one's own. Follows everyone's changes live. An editor adds one and calls
 * {@link #show} with whatever it shows.
 */
public class CommentThread extends Details {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.systemDefault());

    private final CommentService comments;
    private final LiveSubscription live;
    private final @Nullable AppUserPrincipal me = CurrentUser.find().orElse(null);
    final VerticalLayout items = new VerticalLayout();
    final TextArea input = new TextArea();
    final Button post = new Button("Comment");
    final Span error = new Span();
    private @Nullable ProjectId project;
    private @Nullable CommentTarget type;
    private long targetId;
    private @Nullable CommentId editingId;
    private final TextArea editArea = new TextArea();
    List<Comment> shown = List.of();

    public CommentThread(CommentService comments, ChangeBus bus) {
        this.comments = comments;
        addClassName("fl-comments");
        setWidthFull();
        items.setPadding(false);
        items.setSpacing(false);
        input.setPlaceholder("Add a comment");
        input.setMaxLength(CommentService.MAX_LENGTH);
        input.setWidthFull();
        input.setMinRows(2);
        editArea.setMaxLength(CommentService.MAX_LENGTH);
        editArea.setWidthFull();
        keepEnterForNewlines(input);
        keepEnterForNewlines(editArea);
        post.addThemeVariants(ButtonVariant.LUMO_SMALL);
        post.addClickListener(e -> post());
        error.addClassName("fl-error");
        VerticalLayout content = new VerticalLayout(items, input, post, error);
        content.setPadding(false);
        add(content);
        setSummaryText("Comments");
        live = new LiveSubscription(this, bus, notice -> {
            if (notice.entityType().equals("comment")) {
                reload();
            }
        });
    }

    /**
     * Enter in a comment box makes a new line; it must not reach an Enter shortcut of the
     * surrounding editor (the claim panel saves on Enter).
     */
    private static void keepEnterForNewlines(TextArea area) {
        Shortcuts.addShortcutListener(area, () -> { }, Key.ENTER).listenOn(area).allowBrowserDefault();
    }

    /** Shows the thread on this target (and follows it live). */
    public void show(ProjectId project, CommentTarget type, long targetId) {
        boolean same = project.equals(this.project) && type == this.type && targetId == this.targetId;
        this.project = project;
        this.type = type;
        this.targetId = targetId;
        if (!same) {
            editingId = null;
            input.clear();
            error.setText("");
        }
        live.follow(project.value());
        reload();
    }

    /** The number of comments shown. */
    public int count() {
        return shown.size();
    }

    void reload() {
        ProjectId p = project;
        CommentTarget t = type;
        if (p == null || t == null) {
            return;
        }
        try {
            shown = comments.list(p, t, targetId);
        } catch (NotFoundException e) {
            // The target itself was deleted meanwhile; its editor closes on its own.
            shown = List.of();
        }
        render();
    }

    private void render() {
        items.removeAll();
        if (editingId != null && shown.stream().noneMatch(c -> c.id().equals(editingId))) {
            editingId = null;
        }
        for (Comment c : shown) {
            items.add(item(c));
        }
        setSummaryText("Comments (" + shown.size() + ")");
    }

    private Component item(Comment c) {
        Avatar avatar = new Avatar(c.authorName());
        avatar.setAbbreviation(PresenceBar.initials(c.authorName()));
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        Span name = new Span(c.authorName());
        name.getStyle().set("font-weight", "600");
        Span when = new Span(WHEN.format(c.createdAt()) + (c.editedAt() == null ? "" : " \u00B7 edited"));
        when.addClassName("fl-muted");
        HorizontalLayout head = new HorizontalLayout(avatar, name, when);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setSpacing(true);
        if (me != null && me.username().equals(c.author())) {
            Button edit = new Button("Edit", e -> {
                editingId = c.id();
                editArea.setValue(c.body());
                render();
            });
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            head.add(edit);
        }
        if (me != null && (me.username().equals(c.author()) || me.role() == Role.ADMIN)) {
            Button delete = new Button("Delete", e -> confirmDelete(c));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            head.add(delete);
        }
        Div box = new Div(head);
        box.addClassName("fl-comment");
        box.getStyle().set("padding", "var(--lumo-space-xs) 0");
        if (c.id().equals(editingId)) {
            Button save = new Button("Save", e -> saveEdit(c));
            save.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button("Cancel", e -> {
                editingId = null;
                render();
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
            box.add(editArea, new HorizontalLayout(save, cancel));
        } else {
            Div body = new Div();
            body.setText(c.body()); // always text, never HTML
            body.addClassName("fl-comment-body");
            body.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            box.add(body);
        }
        return box;
    }

    void post() {
        ProjectId p = project;
        CommentTarget t = type;
        if (p == null || t == null) {
            return;
        }
        error.setText("");
        try {
            comments.add(p, t, targetId, input.getValue());
            input.clear();
            setOpened(true);
            reload();
        } catch (FactlineException ex) {
            error.setText(ex.getMessage());
        }
    }

    private void saveEdit(Comment c) {
        ProjectId p = project;
        if (p == null) {
            return;
        }
        error.setText("");
        try {
            comments.edit(p, c.id(), editArea.getValue(), c.version());
            editingId = null;
            reload();
        } catch (ConflictException ex) {
            // Only the author edits a comment: this is their own edit from another window.
            error.setText("This comment was changed in another window; the newer text is shown. Your text is still in the box.");
            reload();
        } catch (FactlineException ex) {
            error.setText(ex.getMessage());
        }
    }

    private void confirmDelete(Comment c) {
        ConfirmDialog d = new ConfirmDialog("Delete this comment?", c.body().length() > 200 ? c.body().substring(0, 200) + "\u2026" : c.body(),
                "Delete", e -> {
            ProjectId p = project;
            if (p == null) {
                return;
            }
            try {
                comments.delete(p, c.id());
                reload();
            } catch (FactlineException ex) {
                error.setText(ex.getMessage());
                reload();
            }
        });
        d.setCancelable(true);
        d.setConfirmButtonTheme("error primary");
        d.open();
    }
}
