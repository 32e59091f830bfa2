package com.factline.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * One row per event and claim (an event without claims gets one row with empty claim columns).
 * RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, semicolon, tab, quote or line
 * break. UTF-8 with a byte-order mark, because news desks open these in Excel, which otherwise
 * guesses a legacy code page and garbles every accent; RFC 4180 readers that do not expect it
 * see it only in front of the first header name. A cell that a spreadsheet would take for a
 * formula ({@code = + - @}, tab, CR) gets a leading apostrophe.
 */
@Component
class CsvExporter implements Exporter {

    static final String BOM = "\uFEFF";
    static final List<String> HEADER = List.of("event_id", "event_title", "event_date", "event_earliest", "event_latest",
            "event_precision", "event_edtf", "event_status", "verified_by", "verified_at", "event_location", "event_summary",
            "claim_id", "claim_quote", "claim_statement", "claim_edtf", "source_id", "source_outlet", "source_title",
            "source_url", "source_published_on", "source_sha256", "quote_start", "quote_end");

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String label() {
        return "CSV (one row per event and claim)";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8; header=present";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public byte[] export(ExportData data) {
        StringBuilder b = new StringBuilder(256 + data.events().size() * 400);
        b.append(BOM);
        row(b, HEADER);
        for (ExportData.Event e : data.events()) {
            List<String> ev = new ArrayList<>(HEADER.size());
            ev.add(Long.toString(e.id()));
            ev.add(e.title());
            ev.add(e.date() == null ? "" : e.date().display());
            ev.add(e.date() == null ? "" : e.date().earliest().toString());
            ev.add(e.date() == null ? "" : e.date().latest().toString());
            ev.add(e.date() == null ? "" : e.date().precisionName());
            ev.add(e.date() == null ? "" : e.date().edtf());
            ev.add(e.status());
            ev.add(ExportFormat.str(e.verifiedBy()));
            ev.add(ExportFormat.str(e.verifiedAt()));
            ev.add(e.location());
            ev.add(e.summary());
            if (e.claims().isEmpty()) {
                List<String> r = new ArrayList<>(ev);
                while (r.size() < HEADER.size()) {
                    r.add("");
                }
                row(b, r);
            }
            for (ExportData.Claim c : e.claims()) {
                List<String> r = new ArrayList<>(ev);
                ExportData.Citation s = c.citation();
                r.add(Long.toString(c.id()));
                r.add(c.quote());
                r.add(c.statement());
                r.add(c.date() == null ? "" : c.date().edtf());
                r.add(Long.toString(s.sourceId()));
                r.add(s.outlet());
                r.add(s.title());
                r.add(ExportFormat.str(s.url()));
                r.add(ExportFormat.str(s.publishedOn()));
                r.add(s.sha256());
                r.add(Integer.toString(s.start()));
                r.add(Integer.toString(s.end()));
                row(b, r);
            }
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        b.append("\r\n");
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        // ';' and tab are the separators of other locales' spreadsheets: quoted, such a cell stays one cell.
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            quote = ",\"\n\r;\t".indexOf(v.charAt(i)) >= 0;
        }
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
