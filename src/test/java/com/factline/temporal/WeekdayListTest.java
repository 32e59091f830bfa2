package com.factline.temporal;

import static com.factline.temporal.ResolverChecks.assertDay;
import static com.factline.temporal.ResolverChecks.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A weekday listed right after another ("Monday and Tuesday") stays on the first one's side of the reference date. */
class WeekdayListTest {

    /** A Friday: the nearest Monday is the next one, the nearest Tuesday the last one. */
    private static final LocalDate FRI = LocalDate.of(2023, 3, 17);

    @Test
    void withoutATenseTheSecondWeekdayFollowsTheFirstIntoNextWeek() {
        String text = "Road closures on Monday and Tuesday, according to the council.";
        assertDay(text, FRI, "Monday", "2023-03-20");
        assertDay(text, FRI, "Tuesday", "2023-03-21");
        assertEquals("Tuesday after the publication date 2023-03-17, on the same side as Monday 2023-03-20"
                + " listed before it (tense unclear)", find(text, FRI, "Tuesday").explanation());
        String or = "Road closures on Monday or Tuesday, according to the council.";
        assertDay(or, FRI, "Tuesday", "2023-03-21");
    }

    @Test
    void aTenseInTheClausePlacesBothWeekdaysOnItsSide() {
        String past = "The ferry crews struck on Monday and Tuesday.";
        assertDay(past, FRI, "Monday", "2023-03-13");
        assertDay(past, FRI, "Tuesday", "2023-03-14");
        String future = "The ferry crews will strike on Monday and Tuesday.";
        assertDay(future, FRI, "Monday", "2023-03-20");
        assertDay(future, FRI, "Tuesday", "2023-03-21");
        assertEquals("Tuesday after the publication date 2023-03-17, future tense",
                find(future, FRI, "Tuesday").explanation(), "the clause's own tense explains it, not the list");
    }

    @Test
    void aListOfThreeWeekdaysStaysInOneWeek() {
        String text = "Hearings on Monday, Tuesday and Wednesday, the court's calendar shows.";
        assertDay(text, FRI, "Monday", "2023-03-20");
        assertDay(text, FRI, "Tuesday", "2023-03-21");
        assertDay(text, FRI, "Wednesday", "2023-03-22");
        assertEquals("Wednesday after the publication date 2023-03-17, on the same side as Tuesday 2023-03-21"
                + " listed before it (tense unclear)", find(text, FRI, "Wednesday").explanation());
    }

    @Test
    void weekdaysInSeparateSentencesOrClausesKeepTheirOwnPlace() {
        String sentences = "Road closures on Monday. Tuesday brings the vote count.";
        assertDay(sentences, FRI, "Monday", "2023-03-20");
        assertDay(sentences, FRI, "Tuesday", "2023-03-14");
        String clauses = "Road closures on Monday; on Tuesday the vote count.";
        assertDay(clauses, FRI, "Monday", "2023-03-20");
        assertDay(clauses, FRI, "Tuesday", "2023-03-14");
    }

    @Test
    void theReferenceDatesOwnWeekdayInAListIsThatDate() {
        String text = "Road closures on Thursday and Friday, according to the council.";
        assertDay(text, FRI, "Thursday", "2023-03-16");
        TemporalExpression friday = find(text, FRI, "Friday");
        assertEquals("2023-03-17", friday.value());
        assertEquals("Friday = the reference date 2023-03-17 itself (same weekday)", friday.explanation());
    }
}
