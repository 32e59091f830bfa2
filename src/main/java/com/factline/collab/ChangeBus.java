package com.factline.collab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fans committed changes out to the open views of a project on this instance. */
@org.springframework.stereotype.Component
public class ChangeBus {

    private static final Logger log = LoggerFactory.getLogger(ChangeBus.class);
    private final Map<Long, Set<Consumer<ChangeNotice>>> listeners = new ConcurrentHashMap<>();

    public Registration subscribe(long projectId, Consumer<ChangeNotice> listener) {
        listeners.computeIfAbsent(projectId, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> {
            Set<Consumer<ChangeNotice>> set = listeners.get(projectId);
            if (set != null) {
                set.remove(listener);
            }
        };
    }

    /**
     * Subscribes a view for as long as it is attached; the callback runs with the UI locked and
     * its result is pushed to the browser.
     */
    public void bind(Component view, long projectId, Consumer<ChangeNotice> onChange) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Registration reg = subscribe(projectId, notice -> ui.access(() -> onChange.accept(notice)));
            view.addDetachListener(detach -> {
                reg.remove();
                detach.unregisterListener();
            });
        });
    }

    /** For views that simply reload: runs {@code refresh} on every committed change, presence aside. */
    public void bindRefresh(Component view, long projectId, Runnable refresh) {
        bind(view, projectId, notice -> {
            if (!notice.entityType().equals("presence")) {
                refresh.run();
            }
        });
    }

    void publish(ChangeNotice notice) {
        for (Consumer<ChangeNotice> l : listeners.getOrDefault(notice.projectId(), Set.of())) {
            try {
                l.accept(notice);
            } catch (RuntimeException e) {
                // A closed UI must not stop the others from hearing about the change.
                log.debug("Change listener failed: {}", e.toString());
            }
        }
    }

    int listenerCount(long projectId) {
        return listeners.getOrDefault(projectId, Set.of()).size();
    }
}
