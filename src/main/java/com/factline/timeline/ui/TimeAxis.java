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
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A horizontal, zoomable and pannable time axis. One mark per date on the timeline (the events
 * sharing it counted): day events are points, ranges are bars, uncertain dates are drawn
 * hatched, colours follow the status, a red ring marks a date with an open discrepancy and a dark
 * ring one corroborated by two or more outlets; a legend below says so. Each mark is labelled with
 * its first event's short title when there is room before the next mark of its row. Pan with the
 * scrollbar.
 *
 * <p>The marks and ticks are one generated piece of markup with a single click listener rather
 * than a server-side component each: hundreds of components cost a view megabytes of server
 * memory. The markup holds only what this class computes (positions, dates it formats, counts,
 * status names), never text anyone typed: the titles are set afterwards in the browser as text
 * ({@code textContent} and {@code title}), so nothing typed can become markup.
 */
class TimeAxis extends VerticalLayout {

    private static final double[] ZOOMS = {0.5, 2, 8, 24, 60, 140, 320};
    private static final String CLICKED = "event.target.dataset.k";
    private static final String SCROLL_LEFT = "element.scrollLeft";
    private static final String VIEW_WIDTH = "element.clientWidth";
    /**
     * Where the browser's view of the track starts and how wide it is: a laptop's width until the browser scrolls it
     * (a wider screen's first drawing then reaches less far beyond its edge; scrolling draws on).
     */
    private double viewLeft;
    private double viewWidth = 1000;
    /** The stretch of the track the markup covers, and the track's width. */
    private double drawnFrom;
    private double drawnTo;
    private double trackWidth;
    private final Div track = new Div();
    private final Div scroller = new Div(track);
    private final Span scale = new Span();
    /** What every colour and ring on the axis means. */
    final Div legend = legend();
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
        // The markup covers the stretch in sight and a width either side; scrolling further draws the next stretch.
        scroller.getElement().addEventListener("scroll", e -> scrolled(e.getEventData().get(SCROLL_LEFT).asDouble(),
                e.getEventData().get(VIEW_WIDTH).asDouble())).addEventData(SCROLL_LEFT).addEventData(VIEW_WIDTH).debounce(100);
        // The flanks of an opening's drawing, asked by the browser once it has painted the stretch in sight (openingShow).
        track.getElement().addEventListener(FLANKS, e -> drawFlanks());
        scroller.setWidthFull();
        add(scroller, legend);
        setWidthFull();
    }

    void onEventClick(Consumer<EventId> listener) {
        this.onClick = listener;
    }

    /**
     * The browser scrolled the track: {@code left} is the first pixel in sight, {@code width} the
     * width in sight. Near an edge of the stretch drawn, the stretch around the view is drawn.
     */
    void scrolled(double left, double width) {
        viewLeft = Math.max(0, left);
        viewWidth = Math.max(200, width);
        boolean nearStart = drawnFrom > 0 && viewLeft < drawnFrom + viewWidth / 2;
        boolean nearEnd = drawnTo < trackWidth && viewLeft + viewWidth > drawnTo - viewWidth / 2;
        if (nearStart || nearEnd) {
            render();
        }
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

    /**
     * Draws the marks. They come with the view, in its first response: only the stretch of the track in sight and
     * a screen's width either side becomes markup (a few dozen kilobytes however many dates), so a round trip of
     * its own after the first paint (as before) cost more than it saved.
     */
    void show(AxisMarks shown) {
        this.marks = shown.marks();
        this.hidden = shown.hidden();
        render();
    }

    /**
     * Draws the marks as {@link #show} does, for a view being opened: the first response holds only the stretch in
     * sight (issue #18: on a big project the flanks doubled the bytes and the browser's style work of the navigation),
     * and the browser asks for the flanks ({@link #drawFlanks}) when the user goes for the axis (pointer, touch, wheel or
     * focus on it), in a round trip the navigation does not wait for, so that panning finds them drawn.
     */
    void openingShow(AxisMarks shown) {
        this.marks = shown.marks();
        this.hidden = shown.hidden();
        narrow = true;
        try {
            render();
        } finally {
            narrow = false;
        }
        if (!marks.isEmpty()) {
            // Asked when the user goes for the axis (the pointer moves over it, a touch, the wheel, the focus), before
            // any pan: a round trip after the first paint that the navigation itself does not carry (measured: asked at
            // once after the paint, it still fell inside the navigation and added its bytes to it).
            track.getElement().executeJs("""
                    const t = this, s = this.parentElement, kinds = ['pointermove', 'pointerdown', 'touchstart', 'wheel', 'focusin'];
                    const ask = () => { kinds.forEach(k => s.removeEventListener(k, ask)); t.dispatchEvent(new CustomEvent($0)); };
                    kinds.forEach(k => s.addEventListener(k, ask, {passive: true}));""", FLANKS);
        }
    }

    /** Draws the stretch in sight and a width either side (after an {@link #openingShow}); nothing to do if already drawn. */
    void drawFlanks() {
        double from = Math.max(0, Math.min(viewLeft, trackWidth - viewWidth) - viewWidth);
        if (!marks.isEmpty() && (drawnFrom > from || drawnTo < Math.min(trackWidth, from + 3 * viewWidth))) {
            render();
        }
    }

    private static final String FLANKS = "fl-axis-flanks";
    /** The next drawing covers only the stretch in sight ({@link #openingShow}). */
    private boolean narrow;

    List<AxisMark> marks() {
        return marks;
    }

    int hidden() {
        return hidden;
    }

    private void render() {
        String capped = hidden > 0 ? " \u2014 showing the first " + MAX_MARKS + " dates; filter to see the other " + hidden : "";
        // With no mark the legend explains nothing in sight, and its two or three lines would push the events list down.
        legend.setVisible(!marks.isEmpty());
        if (marks.isEmpty()) {
            scale.setText("Scale: " + Unit.of(ZOOMS[zoom]).label + capped);
            labels = List.of();
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
        // A short story zoomed out still fills the track: the dates around it are drawn too, so every
        // week (or month) of the visible width has its tick and label.
        long fill = (long) Math.ceil(MIN_WIDTH_PX / px) - days;
        if (fill > 0) {
            min = min.minusDays(fill / 2);
            max = max.plusDays(fill - fill / 2);
            days += fill;
        }
        List<Tick> ticks = ticks(min, max, px);
        scale.setText("Scale: " + Unit.of(px).describe(ticks) + (px < ZOOMS[zoom] ? " (zoomed out to fit " + years(days) + ")" : "") + capped);
        double width = days * px;
        track.setWidth(width + "px");
        trackWidth = width;
        // Only the stretch in sight and a width either side becomes markup: on a big project the
        // whole axis is thousands of elements the browser would lay out and never show.
        double from = narrow ? Math.max(0, Math.min(viewLeft, width - viewWidth)) : Math.max(0, Math.min(viewLeft, width - viewWidth) - viewWidth);
        double to = from + (narrow ? 1 : 3) * viewWidth;
        drawnFrom = from;
        drawnTo = to;
        StringBuilder html = new StringBuilder();
        for (Tick t : ticks) {
            double left = ChronoUnit.DAYS.between(min, t.date()) * px;
            if (left >= from && left <= to) {
                html.append("<div class=\"fl-axis-tick\" style=\"left:").append(left).append("px\">").append(escape(t.label())).append("</div>");
            }
        }
        double[] lefts = new double[marks.size()];
        double[] rights = new double[marks.size()];
        for (int i = 0; i < marks.size(); i++) {
            AxisMark m = marks.get(i);
            double left = ChronoUnit.DAYS.between(min, m.date().earliest()) * px;
            double w = (ChronoUnit.DAYS.between(m.date().earliest(), m.date().latest()) + 1) * px;
            boolean point = m.date().earliest().equals(m.date().latest()) && w < 14;
            if (point) {
                left += w / 2 - 6;
                w = 12;
            }
            lefts[i] = left;
            rights[i] = left + Math.max(w, 12);
        }
        List<Label> out = new java.util.ArrayList<>(marks.size());
        List<Integer> drawn = new java.util.ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            AxisMark m = marks.get(i);
            boolean point = m.date().earliest().equals(m.date().latest()) && rights[i] - lefts[i] <= 12;
            boolean uncertain = m.date().precision() == DatePrecision.APPROXIMATE || m.date().precision() != DatePrecision.DAY && !point;
            int top = 28 + (i % ROWS) * 22;
            // The label may use the room up to the next mark of its row (or the track's end).
            double room = Math.min(LABEL_MAX_PX, (i + ROWS < marks.size() ? lefts[i + ROWS] : width) - rights[i] - 8);
            out.add(label(m));
            if (rights[i] + Math.max(0, room) < from || lefts[i] > to) {
                continue;
            }
            drawn.add(i);
            html.append("<div data-k=\"").append(i).append("\" class=\"fl-axis-event ").append(statusClass(m.status()))
                    .append(point ? " fl-axis-point" : "").append(uncertain ? " fl-axis-uncertain" : "")
                    .append(m.disputed() > 0 ? " fl-axis-disputed" : m.corroborated() > 0 ? " fl-axis-corroborated" : "")
                    .append("\" style=\"left:").append(lefts[i]).append("px;width:").append(rights[i] - lefts[i]).append("px;top:")
                    .append(top).append("px\" title=\"").append(escape(tip(m))).append("\"></div>");
            if (room >= LABEL_MIN_PX) {
                html.append("<div data-k=\"").append(i).append("\" data-l=\"").append(i).append("\" class=\"fl-axis-label\" style=\"left:")
                        .append(rights[i] + 4).append("px;top:").append(top).append("px;max-width:").append(room).append("px\"></div>");
            }
        }
        labels = List.copyOf(out);
        track.getElement().setProperty("innerHTML", html.toString());
        track.setHeight((28 + Math.min(ROWS, marks.size()) * 22 + 10) + "px");
        // The titles of the marks drawn, by their index.
        ObjectNode texts = JsonNodeFactory.instance.objectNode();
        for (int i : drawn) {
            texts.set(String.valueOf(i), JsonNodeFactory.instance.arrayNode().add(labels.get(i).text()).add(labels.get(i).tooltip()));
        }
        // Typed titles reach the page only as text: textContent and the title attribute, never markup. Only the
        // latest drawing's titles are applied (two drawings in one round trip share the final markup).
        String drawing = String.valueOf(++drawings);
        track.getElement().setAttribute("data-drawing", drawing);
        track.getElement().executeJs("""
                if (this.dataset.drawing !== $1) return;
                const t = $0;
                this.querySelectorAll('[data-l]').forEach(el => { const x = t[+el.dataset.l]; if (x) { el.textContent = x[0]; el.title = x[1]; } });
                this.querySelectorAll('.fl-axis-event').forEach(el => { const x = t[+el.dataset.k]; if (x) el.title = el.title + '\\n' + x[1]; });""",
                texts, drawing);
    }

    /** What a mark's label says (its first event's title, shortened) and its tooltip (the full title). */
    record Label(String text, String tooltip) {
    }

    private List<Label> labels = List.of();
    private long drawings;

    /** The labels of the marks drawn now, in the marks' order. */
    List<Label> labels() {
        return labels;
    }

    static Label label(AxisMark m) {
        String title = m.title().strip();
        String more = m.count() > 1 ? " +" + (m.count() - 1) : "";
        String full = title.length() > TOOLTIP_CHARS ? title.substring(0, TOOLTIP_CHARS - 1) + "\u2026" : title;
        String shortTitle = title.length() > LABEL_CHARS ? title.substring(0, LABEL_CHARS - 1).strip() + "\u2026" : title;
        return new Label((m.disputed() > 0 ? "\u26A0 " : "") + shortTitle + more,
                full + (m.count() > 1 ? " and " + (m.count() - 1) + " more event" + (m.count() == 2 ? "" : "s") : ""));
    }

    /** The mark's own tooltip: its date, counts and status (the titles are added in the browser). */
    static String tip(AxisMark m) {
        return m.date().display() + " \u2014 " + m.count() + (m.count() == 1 ? " event (" : " events (mostly ")
                + m.status().dbName().replace('_', ' ') + ")"
                + (m.disputed() > 0 ? "; " + m.disputed() + " with an open discrepancy" : "")
                + (m.corroborated() > 0 ? "; " + m.corroborated() + " corroborated by two or more outlets" : "");
    }

    /** Marks are stacked in this many rows so that neighbours do not cover each other. */
    private static final int ROWS = 6;
    /** A label shorter than this would say nothing: the mark's tooltip has the title instead. */
    private static final double LABEL_MIN_PX = 28;
    private static final double LABEL_MAX_PX = 180;
    static final int LABEL_CHARS = 32;
    private static final int TOOLTIP_CHARS = 200;
    /** The narrowest track: a short story is drawn with the dates around it up to this width. */
    static final double MIN_WIDTH_PX = 1000;

    /**
     * The legend: every status colour, the two rings, bars and hatching, drawn with the axis's own classes. One
     * element holding fixed markup (status names and sentences from this class, nothing typed), not two dozen
     * server-side components sent with every opening of the view.
     */
    private static Div legend() {
        Div d = new Div();
        d.addClassName("fl-axis-legend");
        d.setId("axis-legend");
        StringBuilder html = new StringBuilder();
        for (EventStatus s : EventStatus.values()) {
            legendItem(html, s.dbName().replace('_', ' '), "fl-axis-event", "fl-axis-point", statusClass(s));
        }
        legendItem(html, "open discrepancy (red ring, \u26A0 in the label)", "fl-axis-event", "fl-axis-point", "fl-status-draft", "fl-axis-disputed");
        legendItem(html, "corroborated: 2+ outlets, no open discrepancy (dark ring)", "fl-axis-event", "fl-axis-point", "fl-status-draft",
                "fl-axis-corroborated");
        legendItem(html, "bar: a range of days", "fl-axis-event", "fl-status-draft", "fl-axis-bar-sample");
        legendItem(html, "hatched: a month, year or approximate date", "fl-axis-event", "fl-status-draft", "fl-axis-uncertain",
                "fl-axis-bar-sample");
        d.getElement().setProperty("innerHTML", html.toString());
        return d;
    }

    private static void legendItem(StringBuilder html, String text, String... swatchClasses) {
        html.append("<span class=\"fl-axis-legend-item\"><span class=\"").append(escape(String.join(" ", swatchClasses)))
                .append("\"></span><span>").append(escape(text)).append("</span></span>");
    }

    /** The widest track drawn, in pixels, and the most tick labels on it: the markup stays small whatever the dates. */
    static final double MAX_WIDTH_PX = 200_000;
    static final int MAX_TICKS = 400;

    record Tick(LocalDate date, String label) {
    }

    /** The tick unit at a zoom: one rule for the ticks and the scale line. */
    enum Unit {
        DAYS("days"), WEEKS("weeks (Mondays)"), MONTHS("months"), YEARS("years");

        final String label;

        Unit(String label) {
            this.label = label;
        }

        static Unit of(double px) {
            return px >= 60 ? DAYS : px >= 8 ? WEEKS : px >= 2 ? MONTHS : YEARS;
        }

        /** "weeks (Mondays)", or "every 5 years" when the ticks were thinned out. */
        String describe(List<Tick> ticks) {
            long step = ticks.size() < 2 ? 1 : step(ticks);
            return step > 1 ? "every " + step + " " + name().toLowerCase(java.util.Locale.ROOT) : label;
        }

        /** How many units apart the ticks are (more than one when they were thinned out). */
        long step(List<Tick> ticks) {
            LocalDate a = ticks.get(0).date();
            LocalDate b = ticks.get(1).date();
            return switch (this) {
                case DAYS -> ChronoUnit.DAYS.between(a, b);
                case WEEKS -> ChronoUnit.WEEKS.between(a, b);
                case MONTHS -> ChronoUnit.MONTHS.between(a, b);
                case YEARS -> ChronoUnit.YEARS.between(a, b);
            };
        }
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
        Unit unit = Unit.of(px);
        if (unit == Unit.DAYS) {
            long step = Math.max(1, (days + MAX_TICKS - 1) / MAX_TICKS);
            for (LocalDate d = min; !d.isAfter(max); d = d.plusDays(step)) {
                out.add(new Tick(d, dayFmt.format(d)));
            }
        } else if (unit == Unit.WEEKS) {
            long step = Math.max(1, (days / 7 + MAX_TICKS) / MAX_TICKS);
            LocalDate d = min.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
            for (; !d.isAfter(max); d = d.plusWeeks(step)) {
                out.add(new Tick(d, dayFmt.format(d)));
            }
        } else if (unit == Unit.MONTHS) {
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
