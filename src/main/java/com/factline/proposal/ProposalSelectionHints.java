package com.factline.proposal;

import com.factline.claim.SelectionHint;
import com.factline.claim.SelectionHints;
import com.factline.project.ProjectId;
import com.factline.proposal.draft.ContextDates;
import com.factline.proposal.draft.DatedSpan;
import com.factline.source.Source;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The reader's hint for a selection: the proposed event whose passage it overlaps ("Looks like: ICC issues arrest
 * warrant for Putin — 4 sources"; an accepted one points at its event), and the date the selection's context gives
 * it (same sentence, else the paragraph's reference time, else "on or before the publication date" for reported
 * speech), with the drafter's explanation.
 */
@Component
class ProposalSelectionHints implements SelectionHints {

    private final ProposalService proposals;

    ProposalSelectionHints(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Override
    public Optional<SelectionHint> hint(ProjectId project, Source source, int start, int end) {
        Optional<Proposal> p = proposals.containing(project, source.id(), start, end);
        Optional<DatedSpan> date = start < end && end <= source.length()
                ? ContextDates.dateAt(source.text(), source.publishedOn(), start, end) : Optional.empty();
        if (p.isEmpty() && date.isEmpty()) {
            return Optional.empty();
        }
        String looksLike = p.map(x -> x.title() + " \u2014 " + x.sourceCount() + (x.sourceCount() == 1 ? " source" : " sources")
                + (x.status() == ProposalStatus.ACCEPTED ? " (on the timeline)" : "")).orElse(null);
        Long eventId = p.filter(x -> x.status() == ProposalStatus.ACCEPTED).map(Proposal::eventId).orElse(null);
        return Optional.of(new SelectionHint(looksLike, eventId, date.map(DatedSpan::date).orElse(null),
                date.map(DatedSpan::explanation).orElse(null)));
    }
}
