package com.factline.collab;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Who has which project open, on which view or article, and which event or claim each one has
 * open in an editor (this instance).
 */
@Service
public class PresenceService {

    public record Presence(String sessionKey, long projectId, String username, String displayName, String where, Instant since) {
    }

    /** An editor open on one thing: {@code type} such as "event" or "claim", and its id. */
    public record Focus(String sessionKey, long projectId, String username, String displayName, String type, long id) {
    }

    private final Map<String, Presence> present = new ConcurrentHashMap<>();
    private final Map<String, Focus> focused = new ConcurrentHashMap<>();
    private final ChangeBus bus;

    PresenceService(ChangeBus bus) {
        this.bus = bus;
    }

    public void enter(String key, long projectId, String username, String displayName, String where) {
        present.put(key, new Presence(key, projectId, username, displayName, where, Instant.now()));
        bus.publish(new ChangeNotice(projectId, "presence", null, "enter", username));
    }

    public void leave(String key) {
        Presence p = present.remove(key);
        if (p != null) {
            bus.publish(new ChangeNotice(p.projectId(), "presence", null, "leave", p.username()));
        }
    }

    /** The editor with this key now shows {@code type} {@code id}; replaces what it showed before. */
    public void focus(String key, long projectId, String username, String displayName, String type, long id) {
        Focus before = focused.put(key, new Focus(key, projectId, username, displayName, type, id));
        if (before != null && before.projectId() != projectId) {
            bus.publish(new ChangeNotice(before.projectId(), "presence", before.id(), "blur", username));
        }
        bus.publish(new ChangeNotice(projectId, "presence", id, "focus", username));
    }

    /** The editor with this key was closed or emptied. */
    public void blur(String key) {
        Focus f = focused.remove(key);
        if (f != null) {
            bus.publish(new ChangeNotice(f.projectId(), "presence", f.id(), "blur", f.username()));
        }
    }

    /** Everyone whose editor shows this thing, by session key. */
    public List<Focus> editing(long projectId, String type, long id) {
        return focused.values().stream().filter(f -> f.projectId() == projectId && f.type().equals(type) && f.id() == id)
                .sorted(Comparator.comparing(Focus::displayName)).toList();
    }

    public List<Presence> in(long projectId) {
        return present.values().stream().filter(p -> p.projectId() == projectId)
                .sorted(Comparator.comparing(Presence::displayName)).toList();
    }
}
