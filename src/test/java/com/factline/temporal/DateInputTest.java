package com.factline.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateInputTest {

    private static final LocalDate MARCH_17 = LocalDate.of(2023, 3, 17);

    @Test
    void shouldReadADayWrittenTheWaysEditorsWriteIt() {
        for (String typed : new String[]{"17 March 2023", "17 Mar 2023", "17th March 2023", "March 17, 2023", "17/03/2023",
                "17/3/2023", "17.03.2023", "2023-03-17", "  17  march 2023 "}) {
            assertThat(DateInput.parse(typed)).as(typed).isEqualTo(DateValue.day(MARCH_17));
        }
    }

    @Test
    void shouldReadAMonthAndAYearAsWholePeriods() {
        assertThat(DateInput.parse("March 2023")).isEqualTo(DateValue.of(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31), DatePrecision.MONTH));
        assertThat(DateInput.parse("03/2023").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(DateInput.parse("2023")).isEqualTo(DateValue.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), DatePrecision.YEAR));
    }

    @Test
    void shouldReadRangesAndApproximateDates() {
        DateValue days = DateInput.parse("20\u201322 March 2023");
        assertThat(days.earliest()).isEqualTo(LocalDate.of(2023, 3, 20));
        assertThat(days.latest()).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(days.precision()).isEqualTo(DatePrecision.RANGE);
        DateValue across = DateInput.parse("17 March \u2013 2 April 2023");
        assertThat(across.earliest()).isEqualTo(MARCH_17);
        assertThat(across.latest()).isEqualTo(LocalDate.of(2023, 4, 2));
        assertThat(DateInput.parse("17/03/2023 to 19/03/2023").latest()).isEqualTo(LocalDate.of(2023, 3, 19));
        DateValue about = DateInput.parse("c. March 2023");
        assertThat(about.precision()).isEqualTo(DatePrecision.APPROXIMATE);
        assertThat(about.earliest()).isEqualTo(LocalDate.of(2023, 3, 1));
    }

    @Test
    void shouldSayWhyInputIsRefused() {
        assertThatThrownBy(() -> DateInput.parse("17 Marhc 2023")).hasMessageContaining("\u201cMarhc\u201d").hasMessageContaining("is not a month")
                .hasMessageContaining(DateInput.FORMS);
        assertThatThrownBy(() -> DateInput.parse("31/02/2023")).hasMessageContaining("February 2023 has 28 days");
        assertThatThrownBy(() -> DateInput.parse("03/17/2023")).hasMessageContaining("write the day first (17/03/2023)");
        assertThatThrownBy(() -> DateInput.parse("17/03")).hasMessageContaining("has no year");
        assertThatThrownBy(() -> DateInput.parse("next Tuesday")).hasMessageContaining("is not a date Factline can read");
        assertThatThrownBy(() -> DateInput.parse("22\u201320 March 2023")).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> DateInput.parse("0999")).hasMessageContaining("outside the years");
        assertThatThrownBy(() -> DateInput.parse("")).hasMessageContaining("No date given");
        assertThatThrownBy(() -> DateInput.parse("1".repeat(500))).hasMessageContaining("too long");
    }
}
