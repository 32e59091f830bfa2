package com.factline.collab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Like {@link ChangeBus#bind}, for a component that learns its project only later and may be
 * switched to another one: listens while attached, to the project it was last told to follow.
 */
final class LiveSubscription {

    private final Component owner;
    private final ChangeBus bus;
    private final Consumer<ChangeNotice> onChange;
    private long projectId = -1;
    private @Nullable Registration registration;

    LiveSubscription(Component owner, ChangeBus bus, Consumer<ChangeNotice> onChange) {
        this.owner = owner;
        this.bus = bus;
        this.onChange = onChange;
        owner.addAttachListener(e -> subscribe(e.getUI()));
        owner.addDetachListener(e -> unsubscribe());
    }

    void follow(long project) {
        if (project != projectId) {
            unsubscribe();
            projectId = project;
        }
        owner.getUI().ifPresent(this::subscribe);
    }

    private void subscribe(UI ui) {
        if (registration == null && projectId >= 0) {
            registration = bus.subscribe(projectId, notice -> ui.access(() -> onChange.accept(notice)));
        }
    }

    private void unsubscribe() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }
}
