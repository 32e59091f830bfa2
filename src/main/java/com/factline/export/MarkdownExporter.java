package com.factline.export;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * A readable report in CommonMark with footnotes (GitHub, Pandoc): the timeline, each event's
 * sources as footnotes with their quotes, then the resolved discrepancies. All user text is
 * folded to one line and its Markdown and HTML metacharacters are backslash-escaped.
 */
@Component
class MarkdownExporter implements Exporter {

    @Override
    public String id() {
        return "markdown";
    }

    @Override
    public String label() {
        return "Markdown report";
    }

    @Override
    public String mediaType() {
        return "text/markdown; charset=UTF-8";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public byte[] export(ExportData data) {
        StringBuilder b = new StringBuilder(1024 + data.events().size() * 500);
        StringBuilder notes = new StringBuilder();
        b.append("# ").append(ExportFormat.markdown(data.project().name())).append("\n\n");
        if (!data.project().description().isBlank()) {
            b.append(ExportFormat.markdown(data.project().description())).append("\n\n");
        }
        b.append("Generated ").append(data.generatedAt()).append(" \u00b7 ")
                .append(data.scope() == ExportScope.VERIFIED ? "verified events only" : "all events")
                .append(" \u00b7 ").append(data.events().size()).append(" event").append(data.events().size() == 1 ? "" : "s").append("\n\n");
        b.append("## Timeline\n\n");
        if (data.events().isEmpty()) {
            b.append("No events in this export.\n\n");
        }
        int n = 0;
        for (ExportData.Event e : data.events()) {
            b.append("### ").append(ExportFormat.markdown(ExportFormat.display(e.date()))).append(" \u2014 ").append(ExportFormat.markdown(e.title())).append("\n\n");
            b.append("*Status:* ").append(ExportFormat.markdown(e.status()));
            if (e.verifiedBy() != null) {
                b.append(" by ").append(ExportFormat.markdown(e.verifiedBy())).append(" at ").append(ExportFormat.markdown(ExportFormat.str(e.verifiedAt())));
            }
            if (e.date() != null) {
                b.append(" \u00b7 *EDTF:* `").append(e.date().edtf().replace("`", "")).append('`');
            }
            b.append("\n\n");
            if (!e.location().isBlank()) {
                b.append("*Where:* ").append(ExportFormat.markdown(e.location())).append("\n\n");
            }
            if (!e.summary().isBlank()) {
                b.append(ExportFormat.markdown(e.summary())).append("\n\n");
            }
            for (ExportData.Claim c : e.claims()) {
                n++;
                b.append("- ");
                b.append(c.statement().isBlank() ? "\u201c" + ExportFormat.markdown(c.quote()) + "\u201d" : ExportFormat.markdown(c.statement()));
                b.append("[^").append(n).append("]\n");
                ExportData.Citation s = c.citation();
                notes.append("[^").append(n).append("]: ").append(ExportFormat.markdown(ExportFormat.citation(s)));
                if (ExportFormat.isWebUrl(s.url())) {
                    notes.append(", <").append(s.url().strip().replace(">", "%3E").replace("<", "%3C")).append('>');
                }
                notes.append(": \u201c").append(ExportFormat.markdown(c.quote())).append("\u201d (characters ").append(s.start()).append('\u2013')
                        .append(s.end()).append(", sha256 ").append(s.sha256()).append(")\n");
            }
            if (!e.claims().isEmpty()) {
                b.append('\n');
            }
        }
        b.append("## Resolved discrepancies\n\n");
        if (data.discrepancies().isEmpty()) {
            b.append("None.\n\n");
        }
        for (ExportData.ResolvedDiscrepancy d : data.discrepancies()) {
            b.append("- **").append(ExportFormat.markdown(d.kind())).append("**: ").append(ExportFormat.markdown(d.reason().isBlank() ? d.note() : d.reason()))
                    .append(" \u2014 *verdict:* ").append(ExportFormat.markdown(ExportFormat.verdictLabel(d.verdict(), d.sides())));
            if (d.correctValue() != null && !d.correctValue().isBlank()) {
                b.append("; correct: ").append(ExportFormat.markdown(d.correctValue()));
            }
            if (!d.note().isBlank() && !d.reason().isBlank()) {
                b.append("; note: ").append(ExportFormat.markdown(d.note()));
            }
            if (d.resolvedBy() != null) {
                b.append(" (").append(ExportFormat.markdown(d.resolvedBy())).append(')');
            }
            b.append('\n');
        }
        if (!data.discrepancies().isEmpty()) {
            b.append('\n');
        }
        if (!notes.isEmpty()) {
            b.append("## Sources\n\n").append(notes);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
