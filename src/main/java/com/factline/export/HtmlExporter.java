package com.factline.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A standalone report page for readers: inline CSS that also prints well, no scripts, no
 * external files, and every user string HTML-escaped. Each event carries its open and resolved
 * discrepancies; a statement a reviewer judged wrong stays, struck through and marked, so the
 * report shows what was reported and what was found. Sources are footnotes with their quotes;
 * offsets, SHA-256 and EDTF codes are in an appendix at the end.
 */
@Component
class HtmlExporter implements Exporter {

    private static final String CSS = """
            body{font:16px/1.5 Georgia,'Times New Roman',serif;color:#1a1a1a;max-width:46em;margin:2em auto;padding:0 1em}
            h1,h2,h3{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.25}
            h3{margin:1.6em 0 .3em;font-size:1.1em}
            .when{display:block;color:#555;font-size:.85em;font-weight:normal}
            .meta{color:#555;font-size:.9em}
            sup a{text-decoration:none}
            blockquote{margin:.3em 0 .6em 1em;padding-left:.8em;border-left:3px solid #ccc;color:#333}
            .notes{font-size:.9em}
            .verdict{font-weight:bold}
            h4{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:.95em;margin:.8em 0 .2em}
            .open,.resolved{font-size:.92em;border-left:3px solid #d9a400;padding-left:.8em;margin:.4em 0}
            .resolved{border-left-color:#3a7d44}
            .wrong del{color:#666}.flag{color:#a4262c;font-size:.9em}
            .empty{padding:1em;border:1px dashed #aaa;color:#444}
            table.appendix{font-size:.8em;border-collapse:collapse}table.appendix td{padding:.1em .6em .1em 0;vertical-align:top}
            @media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit}h3{break-after:avoid}
            section.event{break-inside:avoid}.notes li{break-inside:avoid}}
            """;

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String label() {
        return "HTML report (standalone, printable)";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=UTF-8";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public byte[] export(ExportData data) {
        StringBuilder b = new StringBuilder(2048 + data.events().size() * 900);
        StringBuilder notes = new StringBuilder();
        StringBuilder appendix = new StringBuilder();
        String name = ExportFormat.html(data.project().name());
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                // No scripts, no remote loads, even if something unescaped slipped through.
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<title>").append(name).append(" \u2014 Factline report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<header>\n<h1>").append(name).append("</h1>\n");
        if (!data.project().description().isBlank()) {
            b.append("<p>").append(ExportFormat.html(data.project().description())).append("</p>\n");
        }
        b.append("<p class=\"meta\">Generated <time datetime=\"").append(data.generatedAt()).append("\">").append(data.generatedAt())
                .append("</time> \u00b7 ").append(data.scope() == ExportScope.VERIFIED ? "verified events only" : "working copy: all events, verified or not")
                .append(" \u00b7 ").append(data.events().size()).append(" event").append(data.events().size() == 1 ? "" : "s")
                .append("</p>\n</header>\n<main>\n<h2>Timeline</h2>\n");
        if (data.events().isEmpty()) {
            b.append("<p class=\"empty\">").append(emptyText(data.scope())).append("</p>\n");
        }
        // Each ruling and open question sits with the first event it concerns; the rest follow the timeline.
        Rulings rulings = Rulings.of(data);
        int n = 0;
        for (ExportData.Event e : data.events()) {
            b.append("<section class=\"event\" id=\"event-").append(e.id()).append("\">\n<h3><span class=\"when\">")
                    .append(ExportFormat.html(ExportFormat.display(e.date()))).append("</span>").append(ExportFormat.html(e.title())).append("</h3>\n");
            b.append("<p class=\"meta\">").append(ExportFormat.html(e.status().replace('_', ' ')));
            if (e.verifiedBy() != null) {
                b.append(" by ").append(ExportFormat.html(e.verifiedBy())).append(" at ").append(ExportFormat.html(ExportFormat.str(e.verifiedAt())));
            }
            if (!e.location().isBlank()) {
                b.append(" \u00b7 ").append(ExportFormat.html(e.location()));
            }
            b.append("</p>\n");
            if (e.date() != null) {
                appendix.append("<tr><td><a href=\"#event-").append(e.id()).append("\">").append(ExportFormat.html(e.title()))
                        .append("</a></td><td><code>").append(ExportFormat.html(e.date().edtf())).append("</code></td></tr>\n");
            }
            if (!e.summary().isBlank()) {
                b.append("<p>").append(ExportFormat.html(e.summary())).append("</p>\n");
            }
            if (!e.claims().isEmpty()) {
                b.append("<ul class=\"claims\">\n");
                for (ExportData.Claim c : e.claims()) {
                    n++;
                    String text = ExportFormat.html(c.statement().isBlank() ? "\u201c" + c.quote() + "\u201d" : c.statement());
                    ExportData.ResolvedDiscrepancy judged = rulings.judgedWrong(c.id());
                    if (judged == null) {
                        b.append("<li>").append(text);
                    } else {
                        // Marked, not left out: a reader sees what was reported and that a reviewer found it wrong.
                        b.append("<li class=\"wrong\"><del>").append(text).append("</del> <span class=\"flag\">judged wrong")
                                .append(judged.resolvedBy() == null ? "" : " by " + ExportFormat.html(judged.resolvedBy()))
                                .append(": ").append(ExportFormat.html(ExportFormat.verdictLabel(judged.verdict(), judged.sides()))).append("</span>");
                    }
                    b.append("<sup><a href=\"#note-").append(n).append("\" id=\"ref-").append(n).append("\">").append(n)
                            .append("</a></sup></li>\n");
                    ExportData.Citation s = c.citation();
                    notes.append("<li id=\"note-").append(n).append("\">");
                    if (ExportFormat.isWebUrl(s.url())) {
                        notes.append("<a href=\"").append(ExportFormat.html(s.url().strip())).append("\">").append(ExportFormat.html(ExportFormat.citation(s))).append("</a>");
                    } else {
                        notes.append(ExportFormat.html(ExportFormat.citation(s)));
                    }
                    notes.append(" <a href=\"#ref-").append(n).append("\" aria-label=\"back\">\u21a9</a>\n<blockquote>")
                            .append(ExportFormat.html(c.quote())).append("</blockquote></li>\n");
                    appendix.append("<tr><td><a href=\"#note-").append(n).append("\">").append(n).append("</a></td><td>characters ")
                            .append(s.start()).append('\u2013').append(s.end()).append(" \u00b7 sha256 <code>")
                            .append(ExportFormat.html(s.sha256())).append("</code></td></tr>\n");
                }
                b.append("</ul>\n");
            }
            discrepancies(b, rulings.openFor(e.id()), rulings.resolvedFor(e.id()));
            b.append("</section>\n");
        }
        if (!rulings.openElsewhere().isEmpty() || !rulings.resolvedElsewhere().isEmpty()) {
            b.append("<h2>Other discrepancies</h2>\n<p class=\"meta\">Not tied to an event in this report.</p>\n");
            discrepancies(b, rulings.openElsewhere(), rulings.resolvedElsewhere());
        } else if (data.discrepancies().isEmpty() && data.open().isEmpty() && !data.events().isEmpty()) {
            b.append("<p class=\"meta\">No discrepancy between the sources was recorded.</p>\n");
        }
        b.append("</main>\n");
        if (!notes.isEmpty()) {
            b.append("<footer>\n<h2>Sources</h2>\n<ol class=\"notes\">\n").append(notes).append("</ol>\n");
        } else {
            b.append("<footer>\n");
        }
        if (!appendix.isEmpty()) {
            b.append("<h2>Appendix: identifiers</h2>\n<p class=\"meta\">For checking the quotes against the archived texts: ")
                    .append("character offsets and SHA-256 of each source text, and each event's date as an EDTF code.</p>\n")
                    .append("<table class=\"appendix\">\n").append(appendix).append("</table>\n");
        }
        b.append("</footer>\n</body>\n</html>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String emptyText(ExportScope scope) {
        return scope == ExportScope.VERIFIED
                ? "No event is verified yet. A reviewer verifies events on the Review page; "
                  + "until then, choose \u201call events\u201d for a working copy."
                : "This project has no events yet. Make claims in the reader and gather them into events on the Timeline.";
    }

    private static void discrepancies(StringBuilder b, List<ExportData.OpenDiscrepancy> open, List<ExportData.ResolvedDiscrepancy> resolved) {
        if (!open.isEmpty()) {
            b.append("<div class=\"open\"><h4>Open discrepancies</h4>\n<ul>\n");
            for (ExportData.OpenDiscrepancy d : open) {
                b.append("<li><strong>").append(ExportFormat.html(d.kind())).append("</strong>: ").append(ExportFormat.html(d.summary()))
                        .append(" <span class=\"meta\">(awaiting a verdict)</span></li>\n");
            }
            b.append("</ul></div>\n");
        }
        if (!resolved.isEmpty()) {
            b.append("<div class=\"resolved\"><h4>Resolved discrepancies</h4>\n<ul>\n");
            for (ExportData.ResolvedDiscrepancy d : resolved) {
                b.append("<li><strong>").append(ExportFormat.html(d.kind())).append("</strong>: ")
                        .append(ExportFormat.html(d.reason().isBlank() ? d.note() : d.reason()))
                        .append(" \u2014 <span class=\"verdict\">").append(ExportFormat.html(ExportFormat.verdictLabel(d.verdict(), d.sides()))).append("</span>");
                if (d.correctValue() != null && !d.correctValue().isBlank()) {
                    b.append("; correct: ").append(ExportFormat.html(d.correctValue()));
                }
                if (!d.note().isBlank() && !d.reason().isBlank()) {
                    b.append("; note: ").append(ExportFormat.html(d.note()));
                }
                if (d.evidence() != null && !d.evidence().isBlank()) {
                    b.append("; evidence: ").append(ExportFormat.html(d.evidence()));
                }
                if (d.resolvedBy() != null) {
                    b.append(" <span class=\"meta\">(").append(ExportFormat.html(d.resolvedBy())).append(")</span>");
                }
                b.append("</li>\n");
            }
            b.append("</ul></div>\n");
        }
    }

    /** Which event each discrepancy is shown with: its own event, else the first event holding one of its claims. */
    record Rulings(Map<Long, List<ExportData.OpenDiscrepancy>> open, Map<Long, List<ExportData.ResolvedDiscrepancy>> resolved,
                   List<ExportData.OpenDiscrepancy> openElsewhere, List<ExportData.ResolvedDiscrepancy> resolvedElsewhere,
                   Map<Long, ExportData.ResolvedDiscrepancy> wrong) {

        static Rulings of(ExportData data) {
            Map<Long, Long> eventOfClaim = new HashMap<>();
            Set<Long> eventIds = new HashSet<>();
            for (ExportData.Event e : data.events()) {
                eventIds.add(e.id());
                e.claims().forEach(c -> eventOfClaim.putIfAbsent(c.id(), e.id()));
            }
            Map<Long, List<ExportData.OpenDiscrepancy>> open = new HashMap<>();
            List<ExportData.OpenDiscrepancy> openElsewhere = new ArrayList<>();
            for (ExportData.OpenDiscrepancy d : data.open()) {
                Long at = place(d.eventId(), d.claimIds(), eventIds, eventOfClaim);
                (at == null ? openElsewhere : open.computeIfAbsent(at, k -> new ArrayList<>())).add(d);
            }
            Map<Long, List<ExportData.ResolvedDiscrepancy>> resolved = new HashMap<>();
            List<ExportData.ResolvedDiscrepancy> resolvedElsewhere = new ArrayList<>();
            Map<Long, ExportData.ResolvedDiscrepancy> wrong = new HashMap<>();
            for (ExportData.ResolvedDiscrepancy d : data.discrepancies()) {
                Long at = place(d.eventId(), d.claimIds(), eventIds, eventOfClaim);
                if (at == null && !d.wrongClaimIds().isEmpty()) {
                    at = eventOfClaim.get(d.wrongClaimIds().getFirst());
                }
                (at == null ? resolvedElsewhere : resolved.computeIfAbsent(at, k -> new ArrayList<>())).add(d);
                d.wrongClaimIds().forEach(c -> wrong.putIfAbsent(c, d));
            }
            return new Rulings(open, resolved, openElsewhere, resolvedElsewhere, wrong);
        }

        private static @Nullable Long place(@Nullable Long eventId, List<Long> claimIds, Set<Long> eventIds, Map<Long, Long> eventOfClaim) {
            if (eventId != null && eventIds.contains(eventId)) {
                return eventId;
            }
            return claimIds.stream().map(eventOfClaim::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }

        List<ExportData.OpenDiscrepancy> openFor(long event) {
            return open.getOrDefault(event, List.of());
        }

        List<ExportData.ResolvedDiscrepancy> resolvedFor(long event) {
            return resolved.getOrDefault(event, List.of());
        }

        ExportData.@Nullable ResolvedDiscrepancy judgedWrong(long claim) {
            return wrong.get(claim);
        }
    }
}
