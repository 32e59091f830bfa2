package com.factline.timeline.ui;

import com.factline.temporal.DatePrecision;
import com.factline.timeline.AxisMark;
import com.factline.timeline.AxisMarks;
import com.factline.timeline.EventId;
import com.factline.timeline.EventStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A horizontal, zoomable and pannable time axis. One mark per date on the timeline (the events
 * sharing it counted): day events are points, ranges are bars, uncertain dates are drawn
 * hatched, colours follow the status. Pan with the scrollbar.
 *
 * <p>The marks and ticks are one generated piece of markup with a single click listener rather
 * than a server-side component each: hundreds of components cost a view megabytes of server
 * memory. The markup holds only what this class computes (positions, dates it formats, counts,
 * status names), never text anyone typed, so nothing typed can become markup; a click opens the
 * first event of the mark in the editor, where its title is shown as text.
 */
class TimeAxis extends VerticalLayout {

    private static final double[] ZOOMS = {0.5, 2, 8, 24, 60, 140, 320};
    private static final String CLICKED = "event.target.dataset.k";
    private final Div track = new Div();
    private final Div scroller = new Div(track);
    private final Span scale = new Span();
    private int zoom = 4;
    private List<AxisMark> marks = List.of();
    private int hidden;
    private Consumer<EventId> onClick = e -> {
    };

    TimeAxis() {
        setPadding(false);
        setSpacing(false);
        Button in = new Button("Zoom in", e -> zoom(1));
        Button out = new Button("Zoom out", e -> zoom(-1));
        in.addThemeVariants(ButtonVariant.LUMO_SMALL);
        out.addThemeVariants(ButtonVariant.LUMO_SMALL);
        scale.addClassName("fl-muted");
        add(new HorizontalLayout(out, in, scale));
        scroller.addClassName("fl-axis-scroller");
        track.addClassName("fl-axis-track");
        track.getElement().addEventListener("click", e -> {
            var k = e.getEventData().get(CLICKED);
            if (k != null && !k.isNull() && !k.asString().isEmpty()) {
                clickMark(Integer.parseInt(k.asString()));
            }
        }).addEventData(CLICKED);
        scroller.setWidthFull();
        add(scroller);
        setWidthFull();
    }

    void onEventClick(Consumer<EventId> listener) {
        this.onClick = listener;
    }

    /** What a click on the {@code index}th mark does: open its first event. */
    void clickMark(int index) {
        if (index >= 0 && index < marks.size()) {
            onClick.accept(marks.get(index).first());
        }
    }

    private void zoom(int delta) {
        zoom = Math.max(0, Math.min(ZOOMS.length - 1, zoom + delta));
        render();
    }

    /** At most this many marks (distinct dates) are drawn; the scale line says how many more a filter would show. */
    static final int MAX_MARKS = 800;

    void show(AxisMarks shown) {
        this.marks = shown.marks();
        this.hidden = shown.hidden();
        render();
    }

    List<AxisMark> marks() {
        return marks;
    }

    int hidden() {
        return hidden;
    }

    private void render() {
        scale.setText(unit(ZOOMS[zoom])
                + (hidden > 0 ? " \u2014 showing the first " + MAX_MARKS + " dates; filter to see the other " + hidden : ""));
        if (marks.isEmpty()) {
            track.setWidth("100%");
            track.setHeight("3rem");
            track.getElement().setProperty("innerHTML", "<span>No dated events yet.</span>");
            return;
        }
        LocalDate min = marks.stream().map(m -> m.date().earliest()).min(LocalDate::compareTo).orElseThrow().minusDays(2);
        LocalDate max = marks.stream().map(m -> m.date().latest()).max(LocalDate::compareTo).orElseThrow().plusDays(3);
        long days = ChronoUnit.DAYS.between(min, max) + 1;
        // However far apart the dates (1000-01-01 and 2999-12-31), the track is at most MAX_WIDTH_PX wide:
        // a zoom that would make it wider is narrowed to fit, and the scale line says so.
        double px = Math.min(ZOOMS[zoom], MAX_WIDTH_PX / (double) days);
        if (px < ZOOMS[zoom]) {
            scale.setText(unit(px) + " (zoomed out to fit " + years(days) + ")"
                    + (hidden > 0 ? " \u2014 showing the first " + MAX_MARKS + " dates; filter to see the other " + hidden : ""));
        }
        double width = Math.max(600, days * px);
        track.setWidth(width + "px");
        StringBuilder html = new StringBuilder();
        for (Tick t : ticks(min, max, px)) {
            html.append("<div class=\"fl-axis-tick\" style=\"left:").append(ChronoUnit.DAYS.between(min, t.date()) * px)
                    .append("px\">").append(escape(t.label())).append("</div>");
        }
        for (int i = 0; i < marks.size(); i++) {
            AxisMark m = marks.get(i);
            double left = ChronoUnit.DAYS.between(min, m.date().earliest()) * px;
            double w = (ChronoUnit.DAYS.between(m.date().earliest(), m.date().latest()) + 1) * px;
            boolean point = m.date().earliest().equals(m.date().latest()) && w < 14;
            if (point) {
                left += w / 2 - 6;
                w = 12;
            }
            boolean uncertain = m.date().precision() == DatePrecision.APPROXIMATE || m.date().precision() != DatePrecision.DAY && !point;
            String tip = m.date().display() + " \u2014 " + m.count() + (m.count() == 1 ? " event (" : " events (mostly ")
                    + m.status().dbName().replace('_', ' ') + ")";
            html.append("<div data-k=\"").append(i).append("\" class=\"fl-axis-event ").append(statusClass(m.status()))
                    .append(point ? " fl-axis-point" : "").append(uncertain ? " fl-axis-uncertain" : "")
                    .append("\" style=\"left:").append(left).append("px;width:").append(Math.max(w, 12)).append("px;top:")
                    .append(28 + (i % 6) * 22).append("px\" title=\"").append(escape(tip)).append("\"></div>");
        }
        track.getElement().setProperty("innerHTML", html.toString());
        track.setHeight((28 + Math.min(6, marks.size()) * 22 + 10) + "px");
    }

    /** The widest track drawn, in pixels, and the most tick labels on it: the markup stays small whatever the dates. */
    static final double MAX_WIDTH_PX = 200_000;
    static final int MAX_TICKS = 400;

    record Tick(LocalDate date, String label) {
    }

    private static String unit(double px) {
        return px >= 60 ? "days" : px >= 8 ? "weeks" : px >= 2 ? "months" : "years";
    }

    private static String years(long days) {
        long y = Math.round(days / 365.25);
        return y >= 2 ? y + " years" : days + " days";
    }

    /**
     * The labelled ticks between {@code min} and {@code max} at {@code px} pixels a day: days when zoomed
     * in, Mondays, first days of months, then years (labels need about 50 px each), every n-th of them
     * when more than {@link #MAX_TICKS} would be drawn. Stepped by the unit, never day by day, so the
     * cost is the number of ticks, not the number of days.
     */
    static List<Tick> ticks(LocalDate min, LocalDate max, double px) {
        DateTimeFormatter dayFmt = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
        DateTimeFormatter monthFmt = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
        long days = ChronoUnit.DAYS.between(min, max) + 1;
        List<Tick> out = new java.util.ArrayList<>();
        if (px >= 60) {
            long step = Math.max(1, (days + MAX_TICKS - 1) / MAX_TICKS);
            for (LocalDate d = min; !d.isAfter(max); d = d.plusDays(step)) {
                out.add(new Tick(d, dayFmt.format(d)));
            }
        } else if (px >= 8) {
            long step = Math.max(1, (days / 7 + MAX_TICKS) / MAX_TICKS);
            LocalDate d = min.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
            for (; !d.isAfter(max); d = d.plusWeeks(step)) {
                out.add(new Tick(d, dayFmt.format(d)));
            }
        } else if (px >= 2) {
            long step = Math.max(1, (days / 28 + MAX_TICKS) / MAX_TICKS);
            LocalDate d = min.getDayOfMonth() == 1 ? min : min.withDayOfMonth(1).plusMonths(1);
            for (; !d.isAfter(max); d = d.plusMonths(step)) {
                out.add(new Tick(d, monthFmt.format(d)));
            }
        } else {
            long step = Math.max(1, (days / 365 + MAX_TICKS) / MAX_TICKS);
            LocalDate d = min.getDayOfYear() == 1 ? min : min.withDayOfYear(1).plusYears(1);
            for (; !d.isAfter(max); d = d.plusYears(step)) {
                out.add(new Tick(d, String.valueOf(d.getYear())));
            }
        }
        return out;
    }

    /** The markup the track holds now (for tests: its size is bounded whatever the dates). */
    String markup() {
        return track.getElement().getProperty("innerHTML", "");
    }

    /** The markup carries no typed text; escaping anyway keeps it so if that ever changes. */
    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String statusClass(EventStatus s) {
        return "fl-status-" + s.dbName();
    }
}
