package com.factline.collab.ui;

import com.factline.collab.Activity;
import com.factline.collab.ActivityService;
import com.factline.collab.ChangeBus;
import com.factline.project.ProjectId;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The project's latest changes, live. */
@Route("projects/:projectId/activity")
@PageTitle("Activity · Factline")
@PermitAll
public class ActivityView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm:ss").withZone(ZoneId.systemDefault());
    private final ActivityService activity;
    private final ChangeBus bus;
    private ProjectId projectId = new ProjectId(0);
    private boolean bound;
    final Grid<Activity> grid = new Grid<>(Activity.class, false);

    public ActivityView(ActivityService activity, ChangeBus bus) {
        this.activity = activity;
        this.bus = bus;
        setSizeFull();
        grid.addColumn(a -> WHEN.format(a.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Activity::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.action() + " " + a.entityType() + (a.entityId() == null ? "" : " #" + a.entityId())).setHeader("What").setAutoWidth(true);
        grid.addColumn(a -> a.after() != null ? abbreviate(a.after()) : abbreviate(a.before())).setHeader("Details").setFlexGrow(1);
        add(new H2("Activity"), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = new ProjectId(event.getRouteParameters().getLong("projectId").orElse(0L));
        // A non-member is refused here, as before the feed became lazy, and never subscribed.
        activity.page(projectId, null, 0, 1);
        if (!bound) {
            bound = true;
            bus.bindRefresh(this, projectId.value(), this::refresh);
        }
        refresh();
    }

    void refresh() {
        // The feed grows for ever: the grid reads it a page at a time as it scrolls.
        grid.setItems(query -> activity.page(projectId, null, query.getOffset(),
                Math.min(query.getLimit(), ActivityService.MAX_PAGE)).items().stream());
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
