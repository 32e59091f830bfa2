package com.factline.timeline;

import com.factline.project.ProjectId;
import com.vaadin.flow.component.Component;
import java.util.function.BooleanSupplier;

/**
 * A part another feature adds to the timeline view, below the events: the proposed events, for
 * one. Features that build on the timeline depend on it, not the other way round, so they contribute a bean of this
 * type and the view places what it creates. Called once per view, with a new component each time.
 */
public interface TimelineSection {

    Component create(ProjectId project);

    /**
     * The same, told whether the timeline has no events yet (asked when needed: the answer changes as
     * events are made): a section may then open itself so that a newcomer sees it, as the proposals do.
     */
    default Component create(ProjectId project, BooleanSupplier timelineEmpty) {
        return create(project);
    }
}
