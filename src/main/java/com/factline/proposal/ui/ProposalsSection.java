package com.factline.proposal.ui;

import com.factline.collab.ChangeBus;
import com.factline.project.ProjectId;
import com.factline.proposal.ProposalService;
import com.factline.source.SourceService;
import com.factline.timeline.EventService;
import com.factline.timeline.TimelineSection;

/** Places the proposals panel on the timeline through the timeline's extension point. */
@org.springframework.stereotype.Component
class ProposalsSection implements TimelineSection {

    private final ProposalService proposals;
    private final EventService events;
    private final SourceService sources;
    private final ChangeBus bus;

    ProposalsSection(ProposalService proposals, EventService events, SourceService sources, ChangeBus bus) {
        this.proposals = proposals;
        this.events = events;
        this.sources = sources;
        this.bus = bus;
    }

    @Override
    public com.vaadin.flow.component.Component create(ProjectId project) {
        return new ProposalsPanel(proposals, events, sources, bus, project, () -> false);
    }

    @Override
    public com.vaadin.flow.component.Component create(ProjectId project, java.util.function.BooleanSupplier timelineEmpty) {
        return new ProposalsPanel(proposals, events, sources, bus, project, timelineEmpty);
    }
}
