package com.factline.proposal.api;

import com.factline.base.Dates;
import com.factline.base.InvalidInputException;
import com.factline.project.ProjectId;
import com.factline.proposal.Acceptance;
import com.factline.proposal.Accepted;
import com.factline.proposal.Proposal;
import com.factline.proposal.ProposalFilter;
import com.factline.proposal.ProposalId;
import com.factline.proposal.ProposalService;
import com.factline.proposal.ProposalStatus;
import com.factline.proposal.ProposedPassage;
import com.factline.temporal.DateValue;
import com.factline.timeline.EventId;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/projects/{projectId}/proposals", produces = "application/json")
class ProposalApiController {

    record DateJson(@Nullable String earliest, @Nullable String latest, @Nullable String precision, @Nullable String edtf,
                    @Nullable String display) {
        static @Nullable DateJson of(@Nullable DateValue d) {
            return d == null ? null : new DateJson(d.earliest().toString(), d.latest().toString(), d.precisionName(), d.edtf(), d.display());
        }
    }

    record PassageJson(long sourceId, String outlet, int start, int end, String quote, @Nullable DateJson date, String explanation) {
        static PassageJson of(ProposedPassage p) {
            return new PassageJson(p.sourceId().value(), p.outlet(), p.start(), p.end(), p.quote(), DateJson.of(p.date()), p.explanation());
        }
    }

    record ProposalJson(long id, String title, @Nullable DateJson date, @Nullable String dateConflict, double confidence,
                        int sourceCount, List<String> outlets, String status, String explanation, List<PassageJson> passages,
                        @Nullable Long eventId, @Nullable String decidedBy, @Nullable String decidedAt, @Nullable String dismissReason) {
        static ProposalJson of(Proposal p) {
            return new ProposalJson(p.id().value(), p.title(), DateJson.of(p.date()), p.dateConflict(), p.confidence(), p.sourceCount(),
                    p.outlets(), p.status().dbName(), p.explanation(), p.passages().stream().map(PassageJson::of).toList(), p.eventId(),
                    p.decidedBy(), p.decidedAt() == null ? null : p.decidedAt().toString(), p.dismissReason());
        }
    }

    /** All optional: the title and date as proposed, every passage kept. */
    record AcceptInput(@Nullable String title, @Nullable DateJson date, @Nullable List<Integer> passages) {
    }

    record MergeInput(@Nullable Long eventId, @Nullable List<Integer> passages) {
    }

    record DismissInput(@Nullable String reason) {
    }

    record AcceptedJson(long eventId, List<Long> claimIds) {
        static AcceptedJson of(Accepted a) {
            return new AcceptedJson(a.eventId().value(), a.claimIds().stream().map(c -> c.value()).toList());
        }
    }

    private final ProposalService proposals;

    ProposalApiController(ProposalService proposals) {
        this.proposals = proposals;
    }

    /** Strongest first; {@code status} open (default), accepted or dismissed; optional source and date filters. */
    @GetMapping
    List<ProposalJson> list(@PathVariable long projectId, @RequestParam(required = false) @Nullable String status,
                            @RequestParam(required = false) @Nullable Long sourceId,
                            @RequestParam(required = false) @Nullable String from,
                            @RequestParam(required = false) @Nullable String to) {
        ProposalFilter f = new ProposalFilter(status == null || status.isBlank() ? ProposalStatus.OPEN : ProposalStatus.parse(status),
                sourceId, Dates.parseOptional("from", from), Dates.parseOptional("to", to));
        return proposals.list(new ProjectId(projectId), f).stream().map(ProposalJson::of).toList();
    }

    @GetMapping("/{proposalId}")
    ProposalJson get(@PathVariable long projectId, @PathVariable long proposalId) {
        return ProposalJson.of(proposals.get(new ProjectId(projectId), new ProposalId(proposalId)));
    }

    /** Creates the event and one claim per kept passage → 201 {eventId, claimIds}; decided or stale → 409. */
    @PostMapping(path = "/{proposalId}/accept")
    ResponseEntity<AcceptedJson> accept(@PathVariable long projectId, @PathVariable long proposalId,
                                        @RequestBody(required = false) @Nullable AcceptInput in) {
        Acceptance a = in == null ? Acceptance.asProposed() : new Acceptance(in.title(), date(in.date()), in.passages());
        Accepted done = proposals.accept(new ProjectId(projectId), new ProposalId(proposalId), a);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/events/" + done.eventId().value()))
                .body(AcceptedJson.of(done));
    }

    /** Files the kept passages as claims of an existing event → 201 {eventId, claimIds}. */
    @PostMapping(path = "/{proposalId}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AcceptedJson> merge(@PathVariable long projectId, @PathVariable long proposalId, @RequestBody MergeInput in) {
        if (in.eventId() == null) {
            throw new InvalidInputException("Name the \"eventId\" to merge the proposal into.");
        }
        Accepted done = proposals.mergeInto(new ProjectId(projectId), new ProposalId(proposalId), new EventId(in.eventId()),
                in.passages());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/events/" + done.eventId().value()))
                .body(AcceptedJson.of(done));
    }

    @PostMapping(path = "/{proposalId}/dismiss", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProposalJson dismiss(@PathVariable long projectId, @PathVariable long proposalId, @RequestBody DismissInput in) {
        return ProposalJson.of(proposals.dismiss(new ProjectId(projectId), new ProposalId(proposalId), in.reason()));
    }

    private static @Nullable DateValue date(@Nullable DateJson d) {
        if (d == null || (d.earliest() == null && d.latest() == null)) {
            return null;
        }
        LocalDate e = Dates.parseRequired("date.earliest", d.earliest());
        LocalDate l = d.latest() == null ? e : Dates.parseRequired("date.latest", d.latest());
        try {
            return DateValue.entered(e, l, d.precision() == null ? null : DateValue.parsePrecision(d.precision()));
        } catch (IllegalArgumentException ex) {
            throw new InvalidInputException("invalid_date", ex.getMessage());
        }
    }
}
