package com.factline.timeline.api;

import com.factline.base.ids.ClaimId;
import com.factline.base.Dates;
import com.factline.base.InvalidInputException;
import com.factline.project.ProjectId;
import com.factline.temporal.DateValue;
import com.factline.timeline.ClaimIdList;
import com.factline.timeline.Event;
import com.factline.timeline.EventData;
import com.factline.timeline.EventFilter;
import com.factline.timeline.EventId;
import com.factline.timeline.EventService;
import com.factline.timeline.EventStatus;
import com.factline.timeline.TimelineCursor;
import com.factline.timeline.EventUpdate;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/projects/{projectId}/events", produces = "application/json")
class EventApiController {

    record DateJson(@Nullable String earliest, @Nullable String latest, @Nullable String precision, @Nullable String edtf,
                    @Nullable String display) {
    }

    @tools.jackson.databind.annotation.JsonSerialize(using = EventJson.Writer.class)
    record EventJson(long id, String title, String summary, String location, @Nullable DateJson date, String dateMode,
                     String status, long[] claimIds, int sourceCount, List<String> outlets, int openDiscrepancies,
                     @Nullable String verifiedBy, @Nullable String verifiedAt, @Nullable String reverifyReason, int version) {

        /**
         * Writes an event exactly as Jackson's record serializer does (the same properties in the same order, nulls
         * written), straight from the fields: no reflective accessor call per property and no boxed element
         * serializer per claim id, for the timeline's pages of 200 events (issue #18). {@code EventJsonWriterTest}
         * compares the two.
         */
        static final class Writer extends tools.jackson.databind.ValueSerializer<EventJson> {
            @Override
            public void serialize(EventJson e, tools.jackson.core.JsonGenerator g, tools.jackson.databind.SerializationContext ctxt) {
                g.writeStartObject(e);
                g.writeNumberProperty("id", e.id);
                g.writeStringProperty("title", e.title);
                g.writeStringProperty("summary", e.summary);
                g.writeStringProperty("location", e.location);
                g.writeName("date");
                DateJson d = e.date;
                if (d == null) {
                    g.writeNull();
                } else {
                    g.writeStartObject(d);
                    g.writeStringProperty("earliest", d.earliest());
                    g.writeStringProperty("latest", d.latest());
                    g.writeStringProperty("precision", d.precision());
                    g.writeStringProperty("edtf", d.edtf());
                    g.writeStringProperty("display", d.display());
                    g.writeEndObject();
                }
                g.writeStringProperty("dateMode", e.dateMode);
                g.writeStringProperty("status", e.status);
                g.writeName("claimIds");
                if (e.claimIds == null) {
                    g.writeNull();
                } else {
                    g.writeStartArray(e.claimIds, e.claimIds.length);
                    for (long id : e.claimIds) {
                        g.writeNumber(id);
                    }
                    g.writeEndArray();
                }
                g.writeNumberProperty("sourceCount", e.sourceCount);
                g.writeName("outlets");
                if (e.outlets == null) {
                    g.writeNull();
                } else {
                    g.writeStartArray(e.outlets, e.outlets.size());
                    for (String o : e.outlets) {
                        g.writeString(o);
                    }
                    g.writeEndArray();
                }
                g.writeNumberProperty("openDiscrepancies", e.openDiscrepancies);
                g.writeStringProperty("verifiedBy", e.verifiedBy);
                g.writeStringProperty("verifiedAt", e.verifiedAt);
                g.writeStringProperty("reverifyReason", e.reverifyReason);
                g.writeNumberProperty("version", e.version);
                g.writeEndObject();
            }
        }

        /** The claim ids' raw values, without a boxed number per id (the timeline page's events carry hundreds). */
        static long[] ids(List<ClaimId> ids) {
            if (ids instanceof ClaimIdList list) {
                long[] out = new long[list.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = list.value(i);
                }
                return out;
            }
            return ids.stream().mapToLong(ClaimId::value).toArray();
        }

        static EventJson of(Event e) {
            DateValue d = e.date();
            return new EventJson(e.id().value(), e.title(), e.summary(), e.location(),
                    d == null ? null : new DateJson(d.earliest().toString(), d.latest().toString(), d.precisionName(), d.edtf(), d.display()),
                    e.dateMode().name().toLowerCase(Locale.ROOT), e.status().dbName(), ids(e.claimIds()), e.sourceCount(), e.outlets(),
                    e.openDiscrepancies(), e.verifiedBy(), e.verifiedAt() == null ? null : e.verifiedAt().toString(),
                    e.reverifyReason(), e.version());
        }
    }

    record EventInput(@Nullable String title, @Nullable String summary, @Nullable String location, @Nullable DateJson date,
                      @Nullable String dateMode, @Nullable List<Long> claimIds, @Nullable Integer version) {
    }

    record ClaimIds(@Nullable List<Long> claimIds) {
    }

    record MergeInput(@Nullable Long otherId) {
    }

    record SplitInput(@Nullable String title, @Nullable List<Long> claimIds) {
    }

    private final EventService events;

    EventApiController(EventService events) {
        this.events = events;
    }

    static final int DEFAULT_PAGE = 200;
    static final int MAX_PAGE = 1000;

    /**
     * A page of the project's events in timeline order (default 200, at most 1000);
     * {@code X-Next-Cursor} names the next. The cursor is opaque to clients (it is the sort key of
     * the page's last event: events created or deleted meanwhile before it shift nothing).
     */
    @GetMapping
    ResponseEntity<List<EventJson>> list(@PathVariable long projectId, @RequestParam(required = false) @Nullable String q,
                         @RequestParam(required = false) @Nullable String outlet,
                         @io.swagger.v3.oas.annotations.Parameter(description = "Comma-separated event statuses: draft, verified,"
                                 + " needs_reverification. The statuses corroborated and disputed were removed (such events are drafts"
                                 + " now) and answer 400.")
                         @RequestParam(required = false) @Nullable String status,
                         @RequestParam(required = false) @Nullable String from,
                         @RequestParam(required = false) @Nullable String to,
                         @RequestParam(required = false, defaultValue = "false") boolean openDiscrepancies,
                         @RequestParam(required = false) @Nullable Integer limit,
                         @RequestParam(required = false) @Nullable String cursor) {
        var statuses = status == null || status.isBlank() ? null : Arrays.stream(status.split(","))
                .map(s -> {
                    if (EventStatus.REMOVED.contains(s.strip().toLowerCase(Locale.ROOT))) {
                        throw new InvalidInputException("The event status \u201c" + s.strip() + "\u201d no longer exists: such events"
                                + " are drafts now (their sources and open discrepancies show the rest). Filter by draft, verified"
                                + " or needs_reverification.");
                    }
                    try {
                        return EventStatus.fromDb(s.strip());
                    } catch (IllegalArgumentException ex) {
                        throw new InvalidInputException("Unknown event status \u201c" + s + "\u201d; use draft, verified or"
                                + " needs_reverification.");
                    }
                }).collect(Collectors.toSet());
        int n = com.factline.base.Page.limit(limit, DEFAULT_PAGE, MAX_PAGE);
        TimelineCursor after = cursor == null || cursor.isBlank() ? null : TimelineCursor.decode(cursor);
        List<Event> rows = events.timelineAfter(new ProjectId(projectId), new EventFilter(q, outlet, statuses, Dates.parseOptional("from", from),
                Dates.parseOptional("to", to), openDiscrepancies), after, n + 1);
        var response = ResponseEntity.ok();
        if (rows.size() > n) {
            // The next page: the same query with cursor=<this value> (the key of this page's last event).
            response.header("X-Next-Cursor", TimelineCursor.after(rows.get(n - 1)).encode());
        }
        return response.body(rows.stream().limit(n).map(EventJson::of).toList());
    }

    @GetMapping("/{eventId}")
    EventJson get(@PathVariable long projectId, @PathVariable long eventId) {
        return EventJson.of(events.get(new ProjectId(projectId), new EventId(eventId)));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EventJson> create(@PathVariable long projectId, @RequestBody EventInput in) {
        Event e = events.createFromClaims(new ProjectId(projectId), new EventData(in.title(), in.summary(), in.location(), date(in.date())),
                in.claimIds() == null ? List.of() : ClaimId.all(in.claimIds()));
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/events/" + e.id().value())).body(EventJson.of(e));
    }

    @PutMapping(path = "/{eventId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    EventJson update(@PathVariable long projectId, @PathVariable long eventId, @RequestBody EventInput in) {
        if (in.version() == null) {
            throw new InvalidInputException("The body needs the \"version\" you edited, for conflict detection.");
        }
        Event.DateMode mode = null;
        if (in.dateMode() != null) {
            mode = switch (in.dateMode()) {
                case "derived" -> Event.DateMode.DERIVED;
                case "manual" -> Event.DateMode.MANUAL;
                default -> throw new InvalidInputException("dateMode is \"derived\" or \"manual\".");
            };
        } else if (in.date() != null) {
            mode = Event.DateMode.MANUAL;
        }
        return EventJson.of(events.update(new ProjectId(projectId), new EventId(eventId),
                new EventUpdate(in.title(), in.summary(), in.location(), date(in.date()), mode), in.version()));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{eventId}")
    ResponseEntity<Void> delete(@PathVariable long projectId, @PathVariable long eventId,
                                @RequestParam(required = false) @Nullable Integer version) {
        if (version == null) {
            throw new InvalidInputException("Pass ?version= with the version you are deleting, for conflict detection.");
        }
        events.delete(new ProjectId(projectId), new EventId(eventId), version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{eventId}/claims", consumes = MediaType.APPLICATION_JSON_VALUE)
    EventJson attach(@PathVariable long projectId, @PathVariable long eventId, @RequestBody ClaimIds in) {
        return EventJson.of(events.attachClaims(new ProjectId(projectId), new EventId(eventId),
                in.claimIds() == null ? List.of() : ClaimId.all(in.claimIds())));
    }

    @PostMapping(path = "/{eventId}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    EventJson merge(@PathVariable long projectId, @PathVariable long eventId, @RequestBody MergeInput in) {
        if (in.otherId() == null) {
            throw new InvalidInputException("Name the event to merge in as \"otherId\".");
        }
        return EventJson.of(events.merge(new ProjectId(projectId), new EventId(eventId), new EventId(in.otherId())));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/{eventId}/split", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EventJson> split(@PathVariable long projectId, @PathVariable long eventId, @RequestBody SplitInput in) {
        Event e = events.split(new ProjectId(projectId), new EventId(eventId), in.title() == null ? "" : in.title(),
                in.claimIds() == null ? List.of() : ClaimId.all(in.claimIds()));
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/events/" + e.id().value())).body(EventJson.of(e));
    }

    static @Nullable DateValue date(@Nullable DateJson d) {
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
