package com.factline.collab;

import com.factline.base.AppUserPrincipal;
import com.factline.base.CurrentUser;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * "Bob is also editing this event": put one in an editor and tell it what the editor shows
 * ({@link #show}) or that it shows nothing ({@link #clear}). It says who else has the same thing
 * open, and updates live as they open and leave it.
 */
public class EditingIndicator extends Span {

    private final PresenceService presence;
    private final String type;
    private final String key = UUID.randomUUID().toString();
    private final LiveSubscription live;
    private final @Nullable AppUserPrincipal me = CurrentUser.find().orElse(null);
    private long projectId = -1;
    private @Nullable Long id;

    /** {@code type}: what the editor edits, e.g. "event" or "claim". */
    public EditingIndicator(PresenceService presence, ChangeBus bus, String type) {
        this.presence = presence;
        this.type = type;
        addClassName("fl-badge-warn");
        addClassName("fl-also-editing");
        setVisible(false);
        live = new LiveSubscription(this, bus, notice -> {
            if (notice.entityType().equals("presence")) {
                refresh();
            }
        });
        addAttachListener(e -> announce());
        addDetachListener(e -> presence.blur(key));
    }

    /** The editor now shows this thing. */
    public void show(long project, long thingId) {
        projectId = project;
        id = thingId;
        live.follow(project);
        if (isAttached()) {
            announce();
        }
        refresh();
    }

    /** The editor was closed or emptied. */
    public void clear() {
        id = null;
        presence.blur(key);
        refresh();
    }

    private void announce() {
        Long thing = id;
        if (thing != null && me != null) {
            presence.focus(key, projectId, me.username(), me.displayName(), type, thing);
        }
    }

    void refresh() {
        Long thing = id;
        if (thing == null) {
            setText("");
            setVisible(false);
            return;
        }
        String myName = me == null ? "" : me.username();
        Set<String> others = new LinkedHashSet<>();
        boolean meElsewhere = false;
        for (PresenceService.Focus f : presence.editing(projectId, type, thing)) {
            if (f.sessionKey().equals(key)) {
                continue;
            }
            if (f.username().equals(myName)) {
                meElsewhere = true;
            } else {
                others.add(f.displayName());
            }
        }
        String text = describe(new ArrayList<>(others), meElsewhere, type);
        setText(text);
        setVisible(!text.isEmpty());
    }

    /** "Bob is also editing this event", "Bob and Carol are …", "Bob, Carol and Dave are …". */
    static String describe(List<String> others, boolean meElsewhere, String type) {
        if (others.isEmpty()) {
            return meElsewhere ? "You have this " + type + " open in another window too" : "";
        }
        String who = others.size() == 1 ? others.getFirst()
                : String.join(", ", others.subList(0, others.size() - 1)) + " and " + others.getLast();
        return who + (others.size() == 1 ? " is" : " are") + " also editing this " + type
                + (meElsewhere ? " (and you, in another window)" : "");
    }
}
