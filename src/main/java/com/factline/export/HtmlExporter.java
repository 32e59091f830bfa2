package com.factline.export;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * A standalone report page: inline CSS that also prints well, no scripts, no external files,
 * and every user string HTML-escaped. Sources are footnotes with their quotes.
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
        StringBuilder b = new StringBuilder(2048 + data.events().size() * 700);
        StringBuilder notes = new StringBuilder();
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
                .append("</time> \u00b7 ").append(data.scope() == ExportScope.VERIFIED ? "verified events only" : "all events")
                .append(" \u00b7 ").append(data.events().size()).append(" event").append(data.events().size() == 1 ? "" : "s")
                .append("</p>\n</header>\n<main>\n<h2>Timeline</h2>\n");
        if (data.events().isEmpty()) {
            b.append("<p>No events in this export.</p>\n");
        }
        int n = 0;
        for (ExportData.Event e : data.events()) {
            b.append("<section class=\"event\" id=\"event-").append(e.id()).append("\">\n<h3><span class=\"when\">")
                    .append(ExportFormat.html(ExportFormat.display(e.date()))).append("</span>").append(ExportFormat.html(e.title())).append("</h3>\n");
            b.append("<p class=\"meta\">").append(ExportFormat.html(e.status()));
            if (e.verifiedBy() != null) {
                b.append(" by ").append(ExportFormat.html(e.verifiedBy())).append(" at ").append(ExportFormat.html(ExportFormat.str(e.verifiedAt())));
            }
            if (e.date() != null) {
                b.append(" \u00b7 EDTF <code>").append(ExportFormat.html(e.date().edtf())).append("</code>");
            }
            if (!e.location().isBlank()) {
                b.append(" \u00b7 ").append(ExportFormat.html(e.location()));
            }
            b.append("</p>\n");
            if (!e.summary().isBlank()) {
                b.append("<p>").append(ExportFormat.html(e.summary())).append("</p>\n");
            }
            if (!e.claims().isEmpty()) {
                b.append("<ul>\n");
                for (ExportData.Claim c : e.claims()) {
                    n++;
                    b.append("<li>").append(ExportFormat.html(c.statement().isBlank() ? "\u201c" + c.quote() + "\u201d" : c.statement()))
                            .append("<sup><a href=\"#note-").append(n).append("\" id=\"ref-").append(n).append("\">").append(n)
                            .append("</a></sup></li>\n");
                    ExportData.Citation s = c.citation();
                    notes.append("<li id=\"note-").append(n).append("\">");
                    if (ExportFormat.isWebUrl(s.url())) {
                        notes.append("<a href=\"").append(ExportFormat.html(s.url().strip())).append("\">").append(ExportFormat.html(ExportFormat.citation(s))).append("</a>");
                    } else {
                        notes.append(ExportFormat.html(ExportFormat.citation(s)));
                    }
                    notes.append(" <a href=\"#ref-").append(n).append("\" aria-label=\"back\">\u21a9</a>\n<blockquote>")
                            .append(ExportFormat.html(c.quote())).append("</blockquote>\n<span class=\"meta\">characters ").append(s.start())
                            .append('\u2013').append(s.end()).append(" \u00b7 sha256 <code>").append(ExportFormat.html(s.sha256()))
                            .append("</code></span></li>\n");
                }
                b.append("</ul>\n");
            }
            b.append("</section>\n");
        }
        b.append("<h2>Resolved discrepancies</h2>\n");
        if (data.discrepancies().isEmpty()) {
            b.append("<p>None.</p>\n");
        } else {
            b.append("<ul>\n");
            for (ExportData.ResolvedDiscrepancy d : data.discrepancies()) {
                b.append("<li><strong>").append(ExportFormat.html(d.kind())).append("</strong>: ")
                        .append(ExportFormat.html(d.reason().isBlank() ? d.note() : d.reason()))
                        .append(" \u2014 <span class=\"verdict\">").append(ExportFormat.html(ExportFormat.verdictLabel(d.verdict()))).append("</span>");
                if (d.correctValue() != null && !d.correctValue().isBlank()) {
                    b.append("; correct: ").append(ExportFormat.html(d.correctValue()));
                }
                if (!d.note().isBlank() && !d.reason().isBlank()) {
                    b.append("; note: ").append(ExportFormat.html(d.note()));
                }
                if (d.resolvedBy() != null) {
                    b.append(" <span class=\"meta\">(").append(ExportFormat.html(d.resolvedBy())).append(")</span>");
                }
                b.append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("</main>\n");
        if (!notes.isEmpty()) {
            b.append("<footer>\n<h2>Sources</h2>\n<ol class=\"notes\">\n").append(notes).append("</ol>\n</footer>\n");
        }
        b.append("</body>\n</html>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
