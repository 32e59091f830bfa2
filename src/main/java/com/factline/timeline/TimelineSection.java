package com.factline.timeline;

import com.factline.project.ProjectId;
import com.vaadin.flow.component.Component;

/**
 * A part another feature adds to the timeline view, between the time axis and the events: the proposed events, for
 * one. Features that build on the timeline depend on it, not the other way round, so they contribute a bean of this
 * type and the view places what it creates. Called once per view, with a new component each time.
 */
public interface TimelineSection {

    Component create(ProjectId project);
}
