package com.factline.timeline.ui;

import com.factline.timeline.Event;
import com.factline.timeline.EventStatus;
import com.factline.temporal.DatePrecision;
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
 * A horizontal, zoomable and pannable time axis. Day events are points, ranges are bars,
 * uncertain dates are drawn hatched, colours follow the status. Built of positioned divs with
 * text set as text, so nothing an editor typed can become markup. Pan with the scrollbar.
 */
class TimeAxis extends VerticalLayout {

    private static final double[] ZOOMS = {0.5, 2, 8, 24, 60, 140, 320};
    private final Div track = new Div();
    private final Div scroller = new Div(track);
    private final Span scale = new Span();
    private int zoom = 4;
    private List<Event> events = List.of();
    private Consumer<Event> onClick = e -> {
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
        scroller.setWidthFull();
        add(scroller);
        setWidthFull();
    }

    void onEventClick(Consumer<Event> listener) {
        this.onClick = listener;
    }

    private void zoom(int delta) {
        zoom = Math.max(0, Math.min(ZOOMS.length - 1, zoom + delta));
        render();
    }

    /** Above this many marks the axis would cost more server memory than it is worth: filter first. */
    static final int MAX_MARKS = 800;
    private int hidden;

    void show(List<Event> all) {
        List<Event> dated = all.stream().filter(e -> e.date() != null).toList();
        hidden = Math.max(0, dated.size() - MAX_MARKS);
        this.events = dated.size() > MAX_MARKS ? dated.subList(0, MAX_MARKS) : dated;
        render();
    }

    private void render() {
        track.removeAll();
        double px = ZOOMS[zoom];
        scale.setText((px >= 60 ? "days" : px >= 8 ? "weeks" : px >= 2 ? "months" : "years")
                + (hidden > 0 ? " \u2014 showing the first " + MAX_MARKS + " events; filter to see the other " + hidden : ""));
        if (events.isEmpty()) {
            track.setWidth("100%");
            track.setHeight("3rem");
            track.add(new Span("No dated events yet."));
            return;
        }
        LocalDate min = events.stream().map(e -> e.date().earliest()).min(LocalDate::compareTo).orElseThrow().minusDays(2);
        LocalDate max = events.stream().map(e -> e.date().latest()).max(LocalDate::compareTo).orElseThrow().plusDays(3);
        long days = ChronoUnit.DAYS.between(min, max) + 1;
        double width = Math.max(600, days * px);
        track.setWidth(width + "px");
        // Ticks: days when there is room, else months, else years.
        DateTimeFormatter dayFmt = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
        DateTimeFormatter monthFmt = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
        for (LocalDate d = min; !d.isAfter(max); d = d.plusDays(1)) {
            // Labels need about 50 px each: days when zoomed in, Mondays, months, then years.
            boolean tick = px >= 60 || (px >= 8 && d.getDayOfWeek() == java.time.DayOfWeek.MONDAY)
                    || (px >= 2 && px < 8 && d.getDayOfMonth() == 1) || (px < 2 && d.getDayOfYear() == 1);
            if (tick) {
                Div t = new Div();
                t.addClassName("fl-axis-tick");
                t.getStyle().set("left", (ChronoUnit.DAYS.between(min, d) * px) + "px");
                t.setText(px >= 8 ? dayFmt.format(d) : px >= 2 ? monthFmt.format(d) : String.valueOf(d.getYear()));
                track.add(t);
            }
        }
        int lane = 0;
        for (Event e : events) {
            double left = ChronoUnit.DAYS.between(min, e.date().earliest()) * px;
            double w = (ChronoUnit.DAYS.between(e.date().earliest(), e.date().latest()) + 1) * px;
            Div mark = new Div();
            mark.addClassNames("fl-axis-event", "fl-status-" + e.status().dbName());
            boolean point = e.date().earliest().equals(e.date().latest()) && w < 14;
            if (point) {
                mark.addClassName("fl-axis-point");
                left += w / 2 - 6;
                w = 12;
            }
            if (e.date().precision() == DatePrecision.APPROXIMATE || e.date().precision() != DatePrecision.DAY && !point) {
                mark.addClassName("fl-axis-uncertain");
            }
            mark.getStyle().set("left", left + "px").set("width", Math.max(w, 12) + "px").set("top", (28 + (lane % 6) * 22) + "px");
            mark.getElement().setAttribute("title", e.date().display() + " \u2014 " + e.title() + " (" + e.status().dbName() + ")");
            mark.addClickListener(c -> onClick.accept(e));
            track.add(mark);
            lane++;
        }
        track.setHeight((28 + Math.min(6, events.size()) * 22 + 10) + "px");
    }

    static String statusClass(EventStatus s) {
        return "fl-status-" + s.dbName();
    }
}
