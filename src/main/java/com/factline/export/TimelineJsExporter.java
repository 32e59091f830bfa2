package com.factline.export;

import com.factline.temporal.DatePrecision;
import com.factline.temporal.DateValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Knight Lab TimelineJS 3 JSON, loadable as it is ({@code new TL.Timeline(id, data)}). Dates
 * carry only the parts that are known; uncertain ones add a {@code display_date} in words.
 * TimelineJS renders text fields as HTML, so every user string is HTML-escaped. Undated events
 * cannot be placed on a TimelineJS axis and are left out (the title slide says how many). The
 * file carries {@code "options"} that open it with every event in view (see {@link #embedOptions}).
 */
@Component
class TimelineJsExporter implements Exporter {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public String id() {
        return "timelinejs";
    }

    @Override
    public String label() {
        return "TimelineJS 3 (Knight Lab)";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String extension() {
        return "timeline.json";
    }

    @Override
    public byte[] export(ExportData data) {
        List<Map<String, Object>> events = new ArrayList<>();
        int undated = 0;
        for (ExportData.Event e : data.events()) {
            if (e.date() == null) {
                undated++;
                continue;
            }
            events.add(event(e));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        String intro = ExportFormat.html(data.project().description());
        if (data.events().isEmpty()) {
            intro += (intro.isEmpty() ? "" : "<br>") + ExportFormat.html(HtmlExporter.emptyText(data.scope()));
        }
        if (undated > 0) {
            intro += (intro.isEmpty() ? "" : "<br>") + undated + " undated event" + (undated == 1 ? " is" : "s are") + " not shown.";
        }
        Map<String, Object> title = new LinkedHashMap<>();
        title.put("text", text(data.project().name(), intro));
        title.put("unique_id", "fl-title");
        root.put("title", title);
        root.put("events", events);
        root.put("scale", "human");
        root.put("options", embedOptions(events.size()));
        return JSON.writeValueAsBytes(root);
    }

    /**
     * Options for {@code new TL.Timeline(id, data, data.options)}; TimelineJS reads options only from its
     * third argument and ignores this key in the data. The whole span fits one screen width (TimelineJS
     * defaults to two, so half the events start out of view) and the first event opens, not the title
     * card, when there is one.
     */
    static Map<String, Object> embedOptions(int events) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("scale_factor", 1);
        o.put("start_at_slide", events == 0 ? 0 : 1);
        o.put("timenav_height_percentage", 30);
        return o;
    }

    private static Map<String, Object> event(ExportData.Event e) {
        DateValue d = e.date();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start_date", start(d));
        if (!d.earliest().equals(d.latest())) {
            Map<String, Object> end = end(d);
            if (!end.equals(m.get("start_date"))) {
                m.put("end_date", end);
            }
        }
        if (d.precision() == DatePrecision.RANGE || d.precision() == DatePrecision.APPROXIMATE) {
            m.put("display_date", ExportFormat.html(d.display()));
        }
        StringBuilder body = new StringBuilder();
        if (!e.summary().isBlank()) {
            body.append("<p>").append(ExportFormat.html(e.summary())).append("</p>");
        }
        if (!e.location().isBlank()) {
            body.append("<p><em>").append(ExportFormat.html(e.location())).append("</em></p>");
        }
        if (!e.claims().isEmpty()) {
            body.append("<ul>");
            for (ExportData.Claim c : e.claims()) {
                body.append("<li>\u201c").append(ExportFormat.html(c.quote())).append("\u201d \u2014 ");
                if (ExportFormat.isWebUrl(c.citation().url())) {
                    body.append("<a href=\"").append(ExportFormat.html(c.citation().url().strip())).append("\" target=\"_blank\" rel=\"noopener\">")
                            .append(ExportFormat.html(ExportFormat.citation(c.citation()))).append("</a>");
                } else {
                    body.append(ExportFormat.html(ExportFormat.citation(c.citation())));
                }
                body.append("</li>");
            }
            body.append("</ul>");
        }
        if (e.verifiedBy() != null) {
            body.append("<p>Verified by ").append(ExportFormat.html(e.verifiedBy())).append(" at ").append(ExportFormat.str(e.verifiedAt())).append("</p>");
        }
        m.put("text", text(e.title(), body.toString()));
        m.put("group", groupOf(e.status()));
        m.put("unique_id", "fl-event-" + e.id());
        return m;
    }

    private static Map<String, Object> text(String headline, String html) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("headline", ExportFormat.html(headline));
        t.put("text", html);
        return t;
    }

    /** The parts TimelineJS may show: a year-precise date has no month or day, a month-precise one no day. */
    static Map<String, Object> start(DateValue d) {
        return parts(d.earliest(), shape(d));
    }

    static Map<String, Object> end(DateValue d) {
        return parts(d.latest(), shape(d));
    }

    private static DatePrecision shape(DateValue d) {
        return switch (d.precision()) {
            case YEAR, MONTH, DAY -> d.precision();
            // A range or approximation: as exact as its bounds are aligned.
            default -> DateValue.guessPrecision(d.earliest(), d.latest()) == DatePrecision.RANGE ? DatePrecision.DAY
                    : DateValue.guessPrecision(d.earliest(), d.latest());
        };
    }

    private static Map<String, Object> parts(LocalDate date, DatePrecision shape) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", String.valueOf(date.getYear()));
        if (shape == DatePrecision.MONTH || shape == DatePrecision.DAY) {
            m.put("month", String.valueOf(date.getMonthValue()));
        }
        if (shape == DatePrecision.DAY) {
            m.put("day", String.valueOf(date.getDayOfMonth()));
        }
        return m;
    }

    private static String groupOf(String status) {
        return switch (status) {
            case "verified" -> "Verified";
            case "needs_reverification" -> "Needs re-verification";
            default -> "Draft";
        };
    }
}
