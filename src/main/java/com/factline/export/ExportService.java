package com.factline.export;

import com.factline.base.ids.ClaimId;
import com.factline.claim.Claim;
import com.factline.claim.ClaimFilter;
import com.factline.claim.ClaimService;
import com.factline.discrepancy.Discrepancy;
import com.factline.discrepancy.DiscrepancyFilter;
import com.factline.discrepancy.DiscrepancyService;
import com.factline.discrepancy.DiscrepancySpan;
import com.factline.discrepancy.DiscrepancyStatus;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.project.ProjectSummary;
import com.factline.base.ArticleName;
import com.factline.source.SourceService;
import com.factline.source.SourceSummary;
import com.factline.timeline.Event;
import com.factline.timeline.EventFilter;
import com.factline.timeline.EventService;
import com.factline.timeline.EventStatus;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a project's export data once per request and hands it to the chosen exporter. Every
 * read goes through the feature services, which check the user's access to the project.
 */
@Service
public class ExportService {

    /** Events sort by date (undated last), then by id: a stable order whatever the database returns. */
    static final Comparator<ExportData.Event> EVENT_ORDER = Comparator
            .comparing((ExportData.Event e) -> e.date() == null ? LocalDate.MAX : e.date().earliest())
            .thenComparing(e -> e.date() == null ? LocalDate.MAX : e.date().latest())
            .thenComparingLong(ExportData.Event::id);
    static final Comparator<ExportData.Claim> CLAIM_ORDER = Comparator
            .comparing((ExportData.Claim c) -> c.citation().publishedOn() == null ? LocalDate.MAX : c.citation().publishedOn())
            .thenComparingLong(c -> c.citation().sourceId())
            .thenComparingInt(c -> c.citation().start())
            .thenComparingLong(ExportData.Claim::id);

    private final ProjectService projects;
    private final EventService events;
    private final ClaimService claims;
    private final SourceService sources;
    private final DiscrepancyService discrepancies;
    private final ExporterRegistry registry;
    private final Clock clock;

    ExportService(ProjectService projects, EventService events, ClaimService claims, SourceService sources,
                  DiscrepancyService discrepancies, ExporterRegistry registry) {
        this.projects = projects;
        this.events = events;
        this.claims = claims;
        this.sources = sources;
        this.discrepancies = discrepancies;
        this.registry = registry;
        this.clock = Clock.systemUTC();
    }

    public List<Exporter> formats() {
        return registry.all();
    }

    /** Exports the project in the given format; an unknown format is refused before anything is read. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    @PreAuthorize("isAuthenticated()")
    public ExportFile export(ProjectId project, String format, ExportScope scope) {
        Exporter exporter = registry.find(format).orElseThrow(() -> new UnknownFormatException(format, registry.ids()));
        ExportData data = gather(project, scope);
        return new ExportFile(fileName(data, exporter), exporter.mediaType(), exporter.export(data));
    }

    /** What the export page shows: the file and the data it was made from, read once. */
    public record Preview(ExportFile file, ExportData data) {
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    @PreAuthorize("isAuthenticated()")
    public Preview preview(ProjectId project, String format, ExportScope scope) {
        Exporter exporter = registry.find(format).orElseThrow(() -> new UnknownFormatException(format, registry.ids()));
        ExportData data = gather(project, scope);
        return new Preview(new ExportFile(fileName(data, exporter), exporter.mediaType(), exporter.export(data)), data);
    }

    /** What an export with no events says, and what to do about it. */
    public static String emptyText(ExportScope scope) {
        return HtmlExporter.emptyText(scope);
    }

    /**
     * Reads everything in one repeatable-read transaction, so events, claims and sources agree
     * with each other even while editors keep working.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    @PreAuthorize("isAuthenticated()")
    public ExportData gather(ProjectId project, ExportScope scope) {
        ProjectSummary p = projects.get(project);
        EventFilter filter = scope == ExportScope.VERIFIED
                ? new EventFilter(null, null, Set.of(EventStatus.VERIFIED), null, null, false)
                : EventFilter.all();
        List<Event> inScope = events.timeline(project, filter);
        Map<Long, Claim> claimById = claims.list(project, ClaimFilter.all()).stream()
                .collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
        Map<Long, SourceSummary> sourceById = sources.list(project).stream()
                .collect(Collectors.toMap(s -> s.id().value(), Function.identity()));

        List<ExportData.Event> out = new ArrayList<>(inScope.size());
        Set<Long> eventIds = new HashSet<>();
        Set<Long> claimIds = new HashSet<>();
        for (Event e : inScope) {
            List<ExportData.Claim> cs = new ArrayList<>();
            for (Long id : ClaimId.values(e.claimIds())) {
                Claim c = claimById.get(id);
                if (c == null) {
                    continue;
                }
                SourceSummary s = sourceById.get(c.sourceId().value());
                cs.add(new ExportData.Claim(id, c.quote(), c.prefix(), c.suffix(), c.statement(),
                        c.date() == null ? null : c.date().value(),
                        new ExportData.Citation(c.sourceId().value(), s == null ? "" : s.outlet(), s == null ? "" : s.title(),
                                s == null ? null : s.url(), s == null ? null : s.publishedOn(), s == null ? "" : s.sha256(),
                                c.start(), c.end())));
                claimIds.add(id);
            }
            cs.sort(CLAIM_ORDER);
            eventIds.add(e.id().value());
            out.add(new ExportData.Event(e.id().value(), e.title(), e.summary(), e.location(), e.date(), e.status().dbName(),
                    e.verifiedBy(), truncate(e.verifiedAt()), List.copyOf(cs)));
        }
        out.sort(EVENT_ORDER);

        // With scope "verified" only the rulings about exported material go out.
        java.util.function.Predicate<Discrepancy> inExport = d -> scope == ExportScope.ALL
                || (d.eventId() != null && eventIds.contains(d.eventId())) || d.claimIds().stream().anyMatch(claimIds::contains);
        Map<Long, List<ExportData.Claim>> exportedClaims = out.stream().flatMap(e -> e.claims().stream())
                .collect(Collectors.groupingBy(c -> c.citation().sourceId()));
        List<ExportData.ResolvedDiscrepancy> resolved = discrepancies.list(project, DiscrepancyFilter.ofStatus(DiscrepancyStatus.RESOLVED))
                .stream()
                .filter(inExport)
                .map(d -> resolved(d, sourceById, exportedClaims))
                .sorted(Comparator.comparingLong(ExportData.ResolvedDiscrepancy::id))
                .toList();
        List<ExportData.OpenDiscrepancy> open = discrepancies.list(project, DiscrepancyFilter.ofStatus(DiscrepancyStatus.OPEN))
                .stream()
                .filter(inExport)
                .map(d -> new ExportData.OpenDiscrepancy(d.id().value(), d.kind().dbName(), d.summary(), d.eventId(),
                        d.claimIds().stream().sorted().toList()))
                .sorted(Comparator.comparingLong(ExportData.OpenDiscrepancy::id))
                .toList();
        return new ExportData(new ExportData.Project(p.id().value(), p.name(), p.description(), slug(p.name())),
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS), scope, List.copyOf(out), resolved, open);
    }

    private static ExportData.ResolvedDiscrepancy resolved(Discrepancy d, Map<Long, SourceSummary> sourceById,
                                                           Map<Long, List<ExportData.Claim>> claims) {
        List<String> sides = ArticleName.distinct(d.spans().stream().map(sp -> {
            SourceSummary s = sourceById.get(sp.sourceId());
            return s == null ? new ArticleName("", null, "a deleted article") : s.article();
        }).toList());
        String verdict = d.verdict() == null ? "" : d.verdict().dbName();
        return new ExportData.ResolvedDiscrepancy(d.id().value(), d.kind().dbName(), verdict,
                d.correctValue(), d.reason(), d.note(), d.evidence(), d.resolvedBy(), truncate(d.resolvedAt()), d.eventId(),
                d.claimIds().stream().sorted().toList(), sides, judgedWrong(verdict, d.spans(), claims));
    }

    /**
     * The claims a verdict says are wrong: those whose quote overlaps the passage that lost ("a_right": the
     * second, "b_right": the first, "both_wrong": both). Other verdicts judge no claim wrong.
     */
    static List<Long> judgedWrong(String verdict, List<DiscrepancySpan> spans, Map<Long, List<ExportData.Claim>> claimsBySource) {
        List<DiscrepancySpan> losing = switch (verdict) {
            case "a_right" -> spans.size() > 1 ? List.of(spans.get(1)) : List.of();
            case "b_right" -> spans.isEmpty() ? List.of() : List.of(spans.getFirst());
            case "both_wrong" -> spans.subList(0, Math.min(2, spans.size()));
            default -> List.of();
        };
        return losing.stream()
                .flatMap(sp -> claimsBySource.getOrDefault(sp.sourceId(), List.of()).stream()
                        .filter(c -> c.citation().start() < sp.end() && sp.start() < c.citation().end()))
                .map(ExportData.Claim::id).distinct().sorted().toList();
    }

    /** Microseconds from PostgreSQL would make the text depend on timing noise; seconds are what people read. */
    private static @Nullable Instant truncate(@Nullable Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.SECONDS);
    }

    /** {@code <project-slug>-verified.<ext>} or {@code <project-slug>-working.<ext>}: the name says what is inside. */
    public static String fileName(ExportData data, Exporter exporter) {
        return data.project().slug() + "-" + (data.scope() == ExportScope.VERIFIED ? "verified" : "working") + "." + exporter.extension();
    }

    /** ASCII letters and digits joined by hyphens; safe in a Content-Disposition header and on every file system. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "project" : s;
    }
}
