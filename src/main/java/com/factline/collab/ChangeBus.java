package com.factline.collab;

import com.factline.base.NotFoundException;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.project.ProjectPermission;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

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
    private final ProjectAccess access;

    ChangeBus(ProjectAccess access) {
        this.access = access;
    }

    /**
     * Whether the signed-in user may follow a project's changes: a view checks this before it
     * subscribes, so a non-member who opens a project's URL hears nothing of it.
     */
    public boolean mayWatch(long projectId) {
        try {
            access.require(new ProjectId(projectId), ProjectPermission.READ);
            return true;
        } catch (NotFoundException | AccessDeniedException | AuthenticationCredentialsNotFoundException e) {
            return false;
        }
    }

    /** Subscribes for the signed-in user, or returns null when they may not see the project. */
    public @Nullable Registration subscribeIfAllowed(long projectId, Consumer<ChangeNotice> listener) {
        return mayWatch(projectId) ? subscribe(projectId, listener) : null;
    }

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
     * Subscribes a view for as long as it is attached, if the signed-in user may see the project; the callback runs with the UI locked and
     * its result is pushed to the browser.
     */
    public void bind(Component view, long projectId, Consumer<ChangeNotice> onChange) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Registration reg = subscribeIfAllowed(projectId, notice -> ui.access(() -> onChange.accept(notice)));
            if (reg == null) {
                return;
            }
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

    /** How many open views on this instance follow a project (for tests and diagnostics). */
    public int listenerCount(long projectId) {
        return listeners.getOrDefault(projectId, Set.of()).size();
    }
}
