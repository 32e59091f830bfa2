package com.factline.collab.ui;

import com.factline.collab.Activity;
import com.factline.collab.ActivityService;
import com.factline.collab.ActivitySentence;
import com.factline.collab.ChangeBus;
import com.factline.project.ProjectId;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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

    /** As the entry's detail, comments and histories write it: with the year (a feed reaches back years), in English. */
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", java.util.Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
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
        // A sentence, not the raw JSON; the row opens the fields before and after.
        grid.addComponentColumn(a -> {
            Span s = new Span(ActivitySentence.of(a));
            s.addClassName("fl-wrap");
            return s;
        }).setHeader("What happened").setFlexGrow(1);
        grid.setEmptyStateText("Nothing has happened in this project yet. Import an article on the Sources page to begin; "
                + "every change after that is listed here.");
        grid.addItemClickListener(e -> open(e.getItem()));
        add(new H2("Activity"), new Paragraph("Newest first. Open a row to see each field before and after the change."), grid);
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

    /** Opens one entry in a dialog; the link is checked now, so a deleted thing is said to be gone. */
    ActivityDetailDialog open(Activity a) {
        ActivityDetailDialog d = new ActivityDetailDialog(a, activity.whereIs(projectId, a.entityType(), a.entityId()));
        d.open();
        return d;
    }
}
