package com.factline.proposal.ui;

import com.factline.collab.ChangeBus;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.project.ProjectPermission;
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
    private final ProjectAccess access;

    ProposalsSection(ProposalService proposals, EventService events, SourceService sources, ChangeBus bus, ProjectAccess access) {
        this.access = access;
        this.proposals = proposals;
        this.events = events;
        this.sources = sources;
        this.bus = bus;
    }

    @Override
    public com.vaadin.flow.component.Component create(ProjectId project) {
        return create(project, () -> false);
    }

    @Override
    public com.vaadin.flow.component.Component create(ProjectId project, java.util.function.BooleanSupplier timelineEmpty) {
        // Asked once, as the timeline is entered: a viewer reads proposals but decides none.
        return new ProposalsPanel(proposals, events, sources, bus, project, access.allows(project, ProjectPermission.EDIT),
                timelineEmpty);
    }
}
