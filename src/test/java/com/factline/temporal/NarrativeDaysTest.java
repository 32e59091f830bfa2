package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Session 15's rules, on made-up sentences: a story told hour by hour keeps its day when a sentence looks back in the
 * past perfect to an earlier date; "the next day" steps within the story told and does not look ahead from the
 * writing.
 */
class NarrativeDaysTest {

    private final TemporalResolver resolver = new TemporalResolver();
    /** A Wednesday, months after the story told. */
    private static final LocalDate REF = LocalDate.of(2013, 5, 15);

    private TemporalExpression get(String text, String expression) {
        return get(text, expression, REF);
    }

    private TemporalExpression get(String text, String expression, LocalDate ref) {
        return resolver.resolve(text, ref).stream().filter(e -> e.text().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError("\"" + expression + "\" not found in: " + text));
    }

    private static final String TIMELINE = "The review began at 4:20 p.m. on Friday, Sept. 14, when the counsel wrote"
            + " to the staff. At 6:41 p.m., a spokesman suggested saying that on Sept. 10, the agency had \u201cwarned\u201d"
            + " the consulate. At 7:16 p.m., the department objected to the draft.";

    @Test
    void aDateInThePastPerfectDoesNotMoveTheDayTheStoryIsOn() {
        TemporalExpression later = get(TIMELINE, "7:16 p.m.");
        assertEquals("2012-09-14T19:16", later.value(), later.explanation());
        assertEquals("2012-09-10", get(TIMELINE, "Sept. 10").value());
        // "had" with a participle right before the date looks back as well.
        String before = "At 9 a.m. on Sept. 14, 2012, the aides met. They had arrived on Sept. 12. At 11 a.m., the"
                + " aides left.";
        assertEquals("2012-09-14T11:00", get(before, "11 a.m.").value(), get(before, "11 a.m.").explanation());
    }

    @Test
    void aDateWhoseOwnVerbIsASimplePastStillMovesTheDay() {
        // The first verb after "On Sept. 16" is "found", not the past perfect of the clause it governs.
        String text = "At 9 a.m. on Sept. 14, 2012, the aides met. On Sept. 16 the panel found he had erred. At 11"
                + " a.m., the panel left.";
        assertEquals("2012-09-16T11:00", get(text, "11 a.m.").value(), get(text, "11 a.m.").explanation());
        // "had" as a main verb ("had a meeting") is no past perfect.
        String main = "At 9 a.m. on Sept. 14, 2012, the aides met. On Sept. 16 they had a meeting. At 11 a.m., they"
                + " left.";
        assertEquals("2012-09-16T11:00", get(main, "11 a.m.").value());
    }

    @Test
    void theNextDayStepsWithinTheStoryToldInsteadOfLookingAhead() {
        String text = "The deputies met on Friday, Sept. 14, 2012. They reviewed the draft at a meeting the next day,"
                + " Sept. 15, an aide said.";
        TemporalExpression apposition = get(text, "Sept. 15");
        assertEquals("2012-09-15", apposition.value(), apposition.explanation());
        assertEquals("2012-09-15", get(text, "the next day").value());
        // "next week" without "the" still looks ahead from the writing.
        assertEquals("2013-W21", get("The panel met in March. It will report next week.", "next week").value());
    }

    @Test
    void anExpectationInThePastPerfectWasOvertaken() {
        // A Friday: "had expected to testify on Thursday" speaks of the day before, a plan that did not happen.
        LocalDate friday = LocalDate.of(2013, 4, 12);
        TemporalExpression t = get("A second witness had expected to testify on Thursday but stayed away.", "Thursday",
                friday);
        assertEquals("2013-04-11", t.value(), t.explanation());
        // Without "to" the expectation is no plan with a date: the sentence's own verb still looks ahead.
        TemporalExpression feb = get("The sale, which had been expected, is part of the program to repay the"
                + " loan by February.", "February", friday);
        assertEquals("2014-02", feb.value(), feb.explanation());
    }

    @Test
    void aMonthEndingAStretchAfterAPresentPerfectIsTheNearest() {
        // An October article: the credit "has been extended through January" runs on into the coming January.
        LocalDate october = LocalDate.of(1989, 10, 30);
        TemporalExpression through = get("A group of banks has extended the company $90 million in loans"
                + " through January.", "January", october);
        assertEquals("1990-01", through.value(), through.explanation());
        // A simple past keeps the past January; so does a present perfect with "in" rather than an end of a stretch.
        assertEquals("1989-01", get("The banks extended the loans through January.", "January", october).value());
        assertEquals("1989-01", get("The banks had extended the loans through January.", "January", october).value());
        assertEquals("1989-01", get("The company has repaid the loans it took in January.", "January", october)
                .value());
    }

    @Test
    void aClockTimeOfAnActDatedEarlierIsOnThatDay() {
        LocalDate april = LocalDate.of(1999, 4, 19);
        String text = "The doctor was shot to death last Oct. 23 at his home. The rifle was found April 8 behind the"
                + " house. He was shot to death at 10 p.m. as he stood in his kitchen.";
        TemporalExpression ten = get(text, "10 p.m.", april);
        assertEquals("1998-10-23T22:00", ten.value(), ten.explanation());
        // Another act keeps the day the story is on; so does an act of saying told twice.
        String other = "The doctor was shot to death last Oct. 23 at his home. The rifle was found April 8 behind the"
                + " house. Agents searched the woods at 10 p.m. with dogs.";
        assertEquals("1999-04-08T22:00", get(other, "10 p.m.", april).value());
        String saying = "The sheriff's office reported last Oct. 23 that it was over. The rifle was found April 8. The"
                + " sheriff's office reported at 10 p.m. that it was glad.";
        assertEquals("1999-04-08T22:00", get(saying, "10 p.m.", april).value());
    }
}
