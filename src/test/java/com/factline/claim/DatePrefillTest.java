package com.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.temporal.DatePrecision;
import com.factline.temporal.DateValue;
import com.factline.temporal.TemporalExpression;
import com.factline.temporal.TimexType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatePrefillTest {

    // "They will meet next week, and the court ruled the same day. Later, on Friday, ..." (offsets only matter)
    static final TemporalExpression NEXT_WEEK = expr(15, 24, "next week", LocalDate.of(2023, 3, 20), LocalDate.of(2023, 3, 26), 0, 60);
    static final TemporalExpression SAME_DAY = expr(47, 59, "the same day", LocalDate.of(2023, 3, 17), LocalDate.of(2023, 3, 17), 0, 60);
    static final TemporalExpression FRIDAY = expr(71, 77, "Friday", LocalDate.of(2023, 3, 24), LocalDate.of(2023, 3, 24), 60, 90);

    static TemporalExpression expr(int start, int end, String text, LocalDate earliest, LocalDate latest, int sStart, int sEnd) {
        return new TemporalExpression(start, end, text, TimexType.DATE, earliest.toString(), null, earliest, latest, earliest.toString(),
                DatePrecision.DAY, true, "test", sStart, sEnd);
    }

    @Test
    void shouldPreferTheExpressionInsideTheSelectionOverAnEarlierOneInTheSentence() {
        DatePrefill p = DatePrefill.choose(List.of(NEXT_WEEK, SAME_DAY, FRIDAY), 30, 59);
        assertThat(p.chosen()).isEqualTo(SAME_DAY);
        assertThat(p.others()).containsExactly(NEXT_WEEK);
    }

    @Test
    void shouldTakeTheNearestExpressionInTheSentenceWhenNoneIsInsideTheSelection() {
        assertThat(DatePrefill.choose(List.of(NEXT_WEEK, SAME_DAY, FRIDAY), 30, 44).chosen()).isEqualTo(SAME_DAY);
        assertThat(DatePrefill.choose(List.of(NEXT_WEEK, SAME_DAY, FRIDAY), 26, 33).chosen()).isEqualTo(NEXT_WEEK);
    }

    @Test
    void shouldPreferTheLargestOverlapWhenTwoAreInsideAndIgnoreOtherSentences() {
        DatePrefill p = DatePrefill.choose(List.of(NEXT_WEEK, SAME_DAY, FRIDAY), 20, 59);
        assertThat(p.chosen()).isEqualTo(SAME_DAY);
        assertThat(p.others()).containsExactly(NEXT_WEEK).doesNotContain(FRIDAY);
    }

    @Test
    void shouldChooseNothingWhenTheSentenceHasNoResolvedDate() {
        TemporalExpression unresolved = new TemporalExpression(47, 59, "the same day", TimexType.DATE, null, null, null, null, null, null,
                false, "no reference date", 0, 60);
        DatePrefill p = DatePrefill.choose(List.of(unresolved, FRIDAY), 30, 59);
        assertThat(p.chosen()).isNull();
        assertThat(p.others()).isEmpty();
    }

    @Test
    void shouldWarnOnlyWhenTheClaimsDateAndTheEventsDateDoNotOverlap() {
        DateValue day17 = DateValue.day(LocalDate.of(2023, 3, 17));
        DateValue week = DateValue.of(LocalDate.of(2023, 3, 20), LocalDate.of(2023, 3, 26), DatePrecision.RANGE);
        assertThat(DatePrefill.eventMismatch(week, day17)).contains("does not overlap").contains("17 March 2023");
        assertThat(DatePrefill.eventMismatch(DateValue.day(LocalDate.of(2023, 3, 22)), week)).isNull();
        assertThat(DatePrefill.eventMismatch(null, day17)).isNull();
        assertThat(DatePrefill.eventMismatch(week, null)).isNull();
    }
}
