package com.factline.claim.api;

import com.factline.timeline.EventId;
import com.factline.base.Dates;
import com.factline.base.InvalidInputException;
import com.factline.claim.Claim;
import com.factline.claim.ClaimData;
import com.factline.claim.ClaimDate;
import com.factline.claim.ClaimFilter;
import com.factline.base.ids.ClaimId;
import com.factline.claim.ClaimService;
import com.factline.claim.ClaimStatus;
import com.factline.claim.ClaimUpdate;
import com.factline.claim.DateCheck;
import com.factline.claim.SuggestionService;
import com.factline.project.ProjectId;
import com.factline.source.SourceId;
import com.factline.temporal.DateValue;
import com.factline.temporal.TemporalExpression;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
@RequestMapping(path = "/api/v1/projects/{projectId}", produces = "application/json")
class ClaimApiController {

    record DateJson(@Nullable String earliest, @Nullable String latest, @Nullable String precision, @Nullable String edtf,
                    @Nullable String expression, @Nullable String display, @Nullable String explanation,
                    @Nullable Integer expressionStart, @Nullable Integer expressionEnd) {
    }

    @tools.jackson.databind.annotation.JsonSerialize(using = ClaimJson.Writer.class)
    record ClaimJson(long id, long sourceId, int start, int end, String quote, String prefix, String suffix, String statement,
                     @Nullable DateJson date, @Nullable Long eventId, String status, @Nullable DateCheck dateCheck, int openDiscrepancies, int version) {

        /**
         * Writes a claim exactly as Jackson's record serializer does (the same properties in the same order, nulls
         * written), straight from the fields: no reflective accessor call per property, which was a large part of
         * serialising a list page of 200 claims (issue #18). {@code ClaimJsonWriterTest} compares the two.
         */
        static final class Writer extends tools.jackson.databind.ValueSerializer<ClaimJson> {
            @Override
            public void serialize(ClaimJson c, tools.jackson.core.JsonGenerator g, tools.jackson.databind.SerializationContext ctxt) {
                g.writeStartObject(c);
                g.writeNumberProperty("id", c.id);
                g.writeNumberProperty("sourceId", c.sourceId);
                g.writeNumberProperty("start", c.start);
                g.writeNumberProperty("end", c.end);
                g.writeStringProperty("quote", c.quote);
                g.writeStringProperty("prefix", c.prefix);
                g.writeStringProperty("suffix", c.suffix);
                g.writeStringProperty("statement", c.statement);
                g.writeName("date");
                DateJson d = c.date;
                if (d == null) {
                    g.writeNull();
                } else {
                    g.writeStartObject(d);
                    g.writeStringProperty("earliest", d.earliest());
                    g.writeStringProperty("latest", d.latest());
                    g.writeStringProperty("precision", d.precision());
                    g.writeStringProperty("edtf", d.edtf());
                    g.writeStringProperty("expression", d.expression());
                    g.writeStringProperty("display", d.display());
                    g.writeStringProperty("explanation", d.explanation());
                    number(g, "expressionStart", d.expressionStart());
                    number(g, "expressionEnd", d.expressionEnd());
                    g.writeEndObject();
                }
                number(g, "eventId", c.eventId);
                g.writeStringProperty("status", c.status);
                g.writeName("dateCheck");
                if (c.dateCheck == null) {
                    g.writeNull();
                } else {
                    ctxt.writeValue(g, c.dateCheck); // rare: Jackson's own serializer, dates as configured
                }
                g.writeNumberProperty("openDiscrepancies", c.openDiscrepancies);
                g.writeNumberProperty("version", c.version);
                g.writeEndObject();
            }

            private static void number(tools.jackson.core.JsonGenerator g, String name, @Nullable Number n) {
                g.writeName(name);
                if (n == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(n.longValue());
                }
            }
        }

        static ClaimJson of(Claim c) {
            ClaimDate d = c.date();
            DateJson date = d == null ? null : new DateJson(d.value().earliest().toString(), d.value().latest().toString(),
                    d.value().precisionName(), d.value().edtf(), d.expression(), d.value().display(), d.explanation(),
                    d.expressionStart(), d.expressionEnd());
            return new ClaimJson(c.id().value(), c.sourceId().value(), c.start(), c.end(), c.quote(), c.prefix(), c.suffix(),
                    c.statement(), date, c.eventId() == null ? null : c.eventId().value(), c.status().dbName(), c.dateCheck(), c.openDiscrepancies(), c.version());
        }
    }

    record ClaimInput(@Nullable Long sourceId, @Nullable Integer start, @Nullable Integer end, @Nullable String quote,
                      @Nullable String statement, @Nullable DateJson date, @Nullable Long eventId, @Nullable String status,
                      @Nullable Integer version) {
    }

    record SuggestionJson(int start, int end, String text, String type, @Nullable String value, @Nullable String mod,
                          @Nullable String earliest, @Nullable String latest, @Nullable String edtf, @Nullable String display,
                          boolean anchored, String explanation, Map<String, Integer> sentence) {
        static SuggestionJson of(TemporalExpression e) {
            return new SuggestionJson(e.start(), e.end(), e.text(), e.type().name(), e.value(), e.mod(),
                    e.earliest() == null ? null : e.earliest().toString(), e.latest() == null ? null : e.latest().toString(),
                    e.edtf(), e.earliest() == null ? null : com.factline.temporal.DateDisplay.format(e), e.anchored(),
                    e.explanation(), Map.of("start", e.sentenceStart(), "end", e.sentenceEnd()));
        }
    }

    private final ClaimService claims;
    private final SuggestionService suggestions;

    ClaimApiController(ClaimService claims, SuggestionService suggestions) {
        this.claims = claims;
        this.suggestions = suggestions;
    }

    @GetMapping("/sources/{sourceId}/suggestions")
    List<SuggestionJson> suggestions(@PathVariable long projectId, @PathVariable long sourceId) {
        return suggestions.suggestions(new ProjectId(projectId), new SourceId(sourceId)).stream().map(SuggestionJson::of).toList();
    }

    /** A page of the project's claims (default 200, at most 1000); {@code X-Next-Cursor} names the next. */
    @GetMapping("/claims")
    org.springframework.http.ResponseEntity<List<ClaimJson>> list(@PathVariable long projectId,
                         @RequestParam(required = false) @Nullable Long sourceId,
                         @RequestParam(required = false) @Nullable Long eventId,
                         @RequestParam(required = false) @Nullable String status,
                         @RequestParam(required = false) @Nullable String from,
                         @RequestParam(required = false) @Nullable String to,
                         @RequestParam(required = false) @Nullable String q,
                         @RequestParam(required = false) @Nullable Integer limit,
                         @RequestParam(required = false) @Nullable String cursor) {
        ClaimFilter f = new ClaimFilter(sourceId, Dates.parseOptional("from", from), Dates.parseOptional("to", to),
                status == null || status.isBlank() ? null : ClaimStatus.parse(status), q, eventId);
        var page = claims.page(new ProjectId(projectId), f, cursor, 0,
                com.factline.base.Page.limit(limit, ClaimService.DEFAULT_PAGE, ClaimService.MAX_PAGE));
        var response = org.springframework.http.ResponseEntity.ok();
        if (page.next() != null) {
            // The next page: the same query with cursor=<this value>.
            response.header("X-Next-Cursor", page.next());
        }
        return response.body(page.items().stream().map(ClaimJson::of).toList());
    }

    @GetMapping("/claims/{claimId}")
    ClaimJson get(@PathVariable long projectId, @PathVariable long claimId) {
        return ClaimJson.of(claims.get(new ProjectId(projectId), new ClaimId(claimId)));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/claims", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ClaimJson> create(@PathVariable long projectId, @RequestBody ClaimInput in) {
        if (in.sourceId() == null || in.start() == null || in.end() == null) {
            throw new InvalidInputException("A claim needs sourceId, start and end.");
        }
        Claim c = claims.create(new ProjectId(projectId), new ClaimData(new SourceId(in.sourceId()), in.start(), in.end(),
                in.quote(), in.statement(), date(in.date()), eventId(in.eventId()),
                in.status() == null ? null : ClaimStatus.parse(in.status())));
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/claims/" + c.id().value())).body(ClaimJson.of(c));
    }

    @PutMapping(path = "/claims/{claimId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ClaimJson update(@PathVariable long projectId, @PathVariable long claimId, @RequestBody ClaimInput in) {
        if (in.version() == null) {
            throw new InvalidInputException("The body needs the \"version\" you edited, for conflict detection.");
        }
        return ClaimJson.of(claims.update(new ProjectId(projectId), new ClaimId(claimId), new ClaimUpdate(in.statement(),
                date(in.date()), eventId(in.eventId()), in.status() == null ? null : ClaimStatus.parse(in.status())), in.version()));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/claims/{claimId}")
    ResponseEntity<Void> delete(@PathVariable long projectId, @PathVariable long claimId, @RequestParam(required = false) @Nullable Integer version) {
        if (version == null) {
            throw new InvalidInputException("Pass ?version= with the version you are deleting, for conflict detection.");
        }
        claims.delete(new ProjectId(projectId), new ClaimId(claimId), version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/claims/{claimId}/date-check")
    ClaimJson dateCheck(@PathVariable long projectId, @PathVariable long claimId, @RequestParam String accept,
                        @RequestParam int version) {
        boolean takeNew = switch (accept) {
            case "new" -> true;
            case "old" -> false;
            default -> throw new InvalidInputException("accept must be \"old\" or \"new\".");
        };
        return ClaimJson.of(claims.resolveDateCheck(new ProjectId(projectId), new ClaimId(claimId), takeNew, version));
    }

    private static @Nullable EventId eventId(@Nullable Long id) {
        return id == null ? null : new EventId(id);
    }

    static @Nullable ClaimDate date(@Nullable DateJson d) {
        if (d == null || (d.earliest() == null && d.latest() == null)) {
            return null;
        }
        LocalDate e = Dates.parseRequired("date.earliest", d.earliest());
        LocalDate l = d.latest() == null ? e : Dates.parseRequired("date.latest", d.latest());
        try {
            DateValue value = DateValue.entered(e, l, d.precision() == null ? null : DateValue.parsePrecision(d.precision()));
            return new ClaimDate(value, d.expression(), d.explanation(), d.expressionStart(), d.expressionEnd());
        } catch (IllegalArgumentException ex) {
            throw new InvalidInputException("invalid_date", ex.getMessage());
        }
    }
}
