package com.factline.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.temporal.DatePrecision;
import com.factline.temporal.DateValue;
import com.factline.timeline.AxisMark;
import com.factline.timeline.AxisMarks;
import com.factline.timeline.EventId;
import com.factline.timeline.EventStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The axis tells disputed from corroborated dates at a glance, explains every mark, labels marks and names its unit. */
class TimeAxisLegendTest {

    static final LocalDate ICC = LocalDate.of(2023, 3, 17);

    private static TimeAxis axisWith(AxisMark... marks) {
        TimeAxis axis = new TimeAxis();
        axis.show(new AxisMarks(List.of(marks), 0));
        return axis;
    }

    /** The class attribute of the {@code index}th mark in the axis's markup. */
    private static String classesOfMark(TimeAxis axis, int index) {
        Matcher m = Pattern.compile("<div data-k=\"" + index + "\" class=\"(fl-axis-event[^\"]*)\"").matcher(axis.markup());
        assertThat(m.find()).as("mark %s in %s", index, axis.markup()).isTrue();
        return m.group(1);
    }

    private static String scale(TimeAxis axis) {
        return ((Span) axis.getChildren().findFirst().orElseThrow().getChildren().filter(c -> c instanceof Span).findFirst().orElseThrow())
                .getText();
    }

    private static void click(TimeAxis axis, String label) {
        axis.getChildren().findFirst().orElseThrow().getChildren()
                .filter(c -> c instanceof Button b && b.getText().equals(label)).map(c -> (Button) c).findFirst().orElseThrow().click();
    }

    @Test
    void shouldRingADisputedDateRedAndACorroboratedOneDarkWhateverTheirStatus() {
        TimeAxis axis = axisWith(
                new AxisMark(DateValue.day(ICC), 1, EventStatus.DRAFT, new EventId(1), "ICC issues a warrant", 1, 0),
                new AxisMark(DateValue.day(ICC.plusDays(3)), 1, EventStatus.DRAFT, new EventId(2), "Xi arrives in Moscow", 0, 1),
                new AxisMark(DateValue.day(ICC.plusDays(5)), 1, EventStatus.DRAFT, new EventId(3), "Talks", 0, 0));
        assertThat(classesOfMark(axis, 0)).contains("fl-axis-disputed").doesNotContain("fl-axis-corroborated");
        assertThat(classesOfMark(axis, 1)).contains("fl-axis-corroborated").doesNotContain("fl-axis-disputed");
        assertThat(classesOfMark(axis, 2)).doesNotContain("fl-axis-corroborated").doesNotContain("fl-axis-disputed");
        assertThat(classesOfMark(axis, 0)).contains("fl-status-draft");
    }

    @Test
    void shouldPreferTheDisputeRingWhenADateHasBothADisputedAndACorroboratedEvent() {
        TimeAxis axis = axisWith(new AxisMark(DateValue.day(ICC), 2, EventStatus.DRAFT, new EventId(1), "ICC", 1, 1));
        assertThat(classesOfMark(axis, 0)).contains("fl-axis-disputed").doesNotContain("fl-axis-corroborated");
        assertThat(TimeAxis.tip(axis.marks().get(0))).contains("1 with an open discrepancy").contains("1 corroborated by two or more outlets");
    }

    @Test
    void shouldExplainEveryStatusColourAndBothRingsInTheLegend() {
        TimeAxis axis = new TimeAxis();
        String legend = axis.legend.getElement().getProperty("innerHTML", "");
        List<String> texts = Pattern.compile("<span>([^<]*)</span>").matcher(legend).results().map(r -> r.group(1)).toList();
        for (EventStatus s : EventStatus.values()) {
            assertThat(texts).contains(s.dbName().replace('_', ' '));
        }
        assertThat(texts).anyMatch(t -> t.contains("open discrepancy")).anyMatch(t -> t.contains("2+ outlets"))
                .anyMatch(t -> t.contains("hatched")).anyMatch(t -> t.contains("range"));
        List<String> swatches = Pattern.compile("<span class=\"fl-axis-legend-item\"><span class=\"([^\"]*)\">").matcher(legend).results()
                .map(r -> r.group(1)).toList();
        assertThat(swatches).hasSize(texts.size());
        assertThat(swatches).anyMatch(c -> c.contains("fl-axis-disputed")).anyMatch(c -> c.contains("fl-axis-corroborated"))
                .anyMatch(c -> c.contains("fl-axis-uncertain"));
    }

    @Test
    void shouldHideTheLegendWhileTheAxisHasNoMarkAndShowItWithTheFirst() {
        TimeAxis axis = axisWith();
        assertThat(axis.legend.isVisible()).as("nothing drawn to explain: the events list moves up").isFalse();
        axis.show(new AxisMarks(List.of(new AxisMark(DateValue.day(ICC), 1, EventStatus.DRAFT, new EventId(1), "ICC", 0, 0)), 0));
        assertThat(axis.legend.isVisible()).isTrue();
        axis.show(new AxisMarks(List.of(), 0));
        assertThat(axis.legend.isVisible()).isFalse();
    }

    @Test
    void shouldLabelAMarkWithItsShortenedTitleAndKeepTheFullTitleForTheTooltip() {
        String longTitle = "ICC issues an arrest warrant for Vladimir Putin over the deportation of Ukrainian children";
        TimeAxis axis = axisWith(new AxisMark(DateValue.day(ICC), 3, EventStatus.DRAFT, new EventId(1), longTitle, 1, 0));
        TimeAxis.Label label = axis.labels().get(0);
        assertThat(label.text()).startsWith("\u26A0 ICC issues").endsWith("\u2026 +2");
        assertThat(label.text().length()).isLessThanOrEqualTo(TimeAxis.LABEL_CHARS + 6);
        assertThat(label.tooltip()).isEqualTo(longTitle + " and 2 more events");
        // The label's place is in the markup, its typed text is not: that is set in the browser as text.
        assertThat(axis.markup()).contains("data-l=\"0\"").doesNotContain("Putin");
    }

    @Test
    void shouldNameTheUnitOfTheTicksAfterEveryZoom() {
        TimeAxis axis = axisWith(new AxisMark(DateValue.day(ICC), 1, EventStatus.DRAFT, new EventId(1), "ICC", 0, 0),
                new AxisMark(DateValue.day(ICC.plusDays(10)), 1, EventStatus.DRAFT, new EventId(2), "Xi", 0, 0));
        assertThat(scale(axis)).isEqualTo("Scale: days");
        click(axis, "Zoom out");
        assertThat(scale(axis)).isEqualTo("Scale: weeks (Mondays)");
        click(axis, "Zoom out");
        assertThat(scale(axis)).isEqualTo("Scale: weeks (Mondays)");
        click(axis, "Zoom out");
        assertThat(scale(axis)).isEqualTo("Scale: months");
        click(axis, "Zoom in");
        click(axis, "Zoom in");
        click(axis, "Zoom in");
        assertThat(scale(axis)).isEqualTo("Scale: days");
    }

    @Test
    void shouldLabelEveryWeekOfTheTrackWhenAShortStoryIsZoomedOutToWeeks() {
        TimeAxis axis = axisWith(new AxisMark(DateValue.day(ICC), 1, EventStatus.DRAFT, new EventId(1), "ICC", 0, 0),
                new AxisMark(DateValue.of(ICC.plusDays(3), ICC.plusDays(5), DatePrecision.RANGE), 1, EventStatus.DRAFT, new EventId(2), "Xi", 0, 0));
        click(axis, "Zoom out");
        click(axis, "Zoom out");
        assertThat(scale(axis)).isEqualTo("Scale: weeks (Mondays)");
        int ticks = axis.markup().split("fl-axis-tick", -1).length - 1;
        // The track is at least MIN_WIDTH_PX wide at 8 px a day: about 125 days, so at least 17 Mondays, each labelled.
        assertThat(ticks).isGreaterThanOrEqualTo((int) (TimeAxis.MIN_WIDTH_PX / 8 / 7) - 1);
        assertThat(axis.markup()).contains(">13 Mar<").contains(">20 Mar<").contains(">27 Mar<");
    }
}
