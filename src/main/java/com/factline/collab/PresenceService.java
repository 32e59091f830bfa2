package com.factline.collab;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/** Who has which project open, on which view or article (this instance). */
@Service
public class PresenceService {

    public record Presence(String sessionKey, long projectId, String username, String displayName, String where, Instant since) {
    }

    private final Map<String, Presence> present = new ConcurrentHashMap<>();
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

    public List<Presence> in(long projectId) {
        return present.values().stream().filter(p -> p.projectId() == projectId)
                .sorted(Comparator.comparing(Presence::displayName)).toList();
    }
}
