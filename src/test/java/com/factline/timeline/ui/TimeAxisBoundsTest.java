package com.factline.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.temporal.DatePrecision;
import com.factline.temporal.DateValue;
import com.factline.timeline.AxisMark;
import com.factline.timeline.AxisMarks;
import com.factline.timeline.EventId;
import com.factline.timeline.EventStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever the dates, the axis draws a bounded number of elements (it once drew one tick per day). */
class TimeAxisBoundsTest {

    private static int count(String html, String needle) {
        int n = 0;
        for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void shouldDrawABoundedAxisForEventsDatedYear1000AndYear2999AtEveryZoom() {
        TimeAxis axis = new TimeAxis();
        List<AxisMark> marks = List.of(
                new AxisMark(DateValue.day(LocalDate.of(1000, 1, 1)), 1, EventStatus.values()[0], new EventId(1)),
                new AxisMark(DateValue.of(LocalDate.of(1000, 1, 1), LocalDate.of(2999, 12, 31), DatePrecision.RANGE), 1,
                        EventStatus.values()[0], new EventId(2)),
                new AxisMark(DateValue.day(LocalDate.of(2999, 12, 31)), 1, EventStatus.values()[0], new EventId(3)));
        axis.show(new AxisMarks(marks, 0));
        for (int i = 0; i < 6; i++) {
            click(axis, "Zoom out");
        }
        for (int z = 0; z < 8; z++) { // every zoom from years to days
            axis.scrolled(0, 1400);
            String html = axis.markup();
            assertThat(count(html, "fl-axis-tick")).isBetween(2, TimeAxis.MAX_TICKS + 1);
            // The track is 200,000 px wide: the markup holds the stretch in sight (the first day and the
            // range across it all), and scrolling to the end draws the last day (and the range).
            assertThat(count(html, "fl-axis-event")).isEqualTo(2);
            assertThat(html).contains("data-k=\"0\"", "data-k=\"1\"");
            assertThat(html.length()).as("markup size").isLessThan(60_000);
            axis.scrolled(1_000_000, 1400);
            html = axis.markup();
            assertThat(count(html, "fl-axis-event")).isEqualTo(2);
            assertThat(html).contains("data-k=\"1\"", "data-k=\"2\"");
            assertThat(count(html, "fl-axis-tick")).isBetween(2, TimeAxis.MAX_TICKS + 1);
            assertThat(html.length()).as("markup size").isLessThan(60_000);
            click(axis, "Zoom in");
        }
    }

    private static void click(TimeAxis axis, String label) {
        axis.getChildren().findFirst().orElseThrow().getChildren()
                .filter(c -> c instanceof com.vaadin.flow.component.button.Button b && b.getText().equals(label))
                .map(c -> (com.vaadin.flow.component.button.Button) c).findFirst().orElseThrow().click();
    }

    @Test
    void shouldStillDrawEveryDayOfAShortStoryWhenZoomedIn() {
        LocalDate start = LocalDate.of(2023, 3, 13);
        List<TimeAxis.Tick> ticks = TimeAxis.ticks(start, start.plusDays(13), 60);
        assertThat(ticks).hasSize(14);
        assertThat(ticks.getFirst().label()).isEqualTo("13 Mar");
        assertThat(TimeAxis.ticks(start, start.plusDays(13), 8)).extracting(TimeAxis.Tick::label).containsExactly("13 Mar", "20 Mar");
        assertThat(TimeAxis.ticks(LocalDate.of(2022, 12, 20), LocalDate.of(2023, 3, 20), 2))
                .extracting(TimeAxis.Tick::label).containsExactly("Jan 2023", "Feb 2023", "Mar 2023");
    }

    @Test
    void shouldThinOutTicksWhenASpanHasMoreThanTheCap() {
        List<TimeAxis.Tick> years = TimeAxis.ticks(LocalDate.of(1000, 1, 1), LocalDate.of(2999, 12, 31), 0.27);
        assertThat(years.size()).isBetween(100, TimeAxis.MAX_TICKS);
        List<TimeAxis.Tick> days = TimeAxis.ticks(LocalDate.of(1000, 1, 1), LocalDate.of(2999, 12, 31), 320);
        assertThat(days.size()).isBetween(100, TimeAxis.MAX_TICKS);
    }

    @Test
    void shouldDrawOnlyTheStretchInSightWhenOpeningAndTheFlanksWhenTheBrowserAsks() {
        // A mark a day for 800 days: at the default zoom the track is far wider than the view.
        LocalDate start = LocalDate.of(2020, 1, 1);
        List<AxisMark> marks = new java.util.ArrayList<>();
        for (int i = 0; i < 800; i++) {
            marks.add(new AxisMark(DateValue.day(start.plusDays(i)), 1, EventStatus.values()[0], new EventId(i + 1)));
        }
        TimeAxis full = new TimeAxis();
        full.show(new AxisMarks(marks, 0));
        TimeAxis opening = new TimeAxis();
        opening.openingShow(new AxisMarks(marks, 0));

        int inSight = count(opening.markup(), "fl-axis-event");
        int drawnByShow = count(full.markup(), "fl-axis-event");
        assertThat(inSight).as("marks in the opening's first drawing").isPositive().isLessThan(drawnByShow / 2);
        assertThat(opening.markup()).contains("data-k=\"0\"").doesNotContain("data-k=\"" + (drawnByShow - 1) + "\"");
        assertThat(opening.markup().length()).isLessThan(full.markup().length() / 2);

        // The browser, having painted, asks for the flanks: the same drawing as show()'s.
        opening.drawFlanks();
        assertThat(opening.markup()).isEqualTo(full.markup());
        assertThat(opening.labels()).isEqualTo(full.labels());
    }
}
