package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A range stays one interval for claims; its two ends are reported as well, as TimeML marks them. */
class RangeEndsTest {

    private final TemporalResolver resolver = new TemporalResolver();
    private static final LocalDate REF = LocalDate.of(2023, 3, 18);

    @Test
    void aYearRangeCarriesBothYearsAsExpressions() {
        String text = "He served from 1990 to 1994 in the army.";
        List<TemporalResolver.Resolved> found = resolver.resolveDetailed(text, REF);
        assertEquals(1, found.size());
        TemporalResolver.Resolved range = found.getFirst();
        assertEquals("from 1990 to 1994", range.expression().text());
        assertEquals("1990-01-01/1994-12-31", range.expression().value());
        assertEquals("1990", range.rangeStart().text());
        assertEquals("1990", range.rangeStart().value());
        assertEquals("1994", range.rangeEnd().text());
        assertEquals("1994", range.rangeEnd().value());
        assertEquals(List.of(range.rangeStart(), range.rangeEnd()), range.timeml());
        assertEquals(List.of(range.expression()), resolver.resolve(text, REF), "resolve() keeps the one interval");
    }

    @Test
    void aRangeOfTwoDaysWithTheirMonthsCarriesBothDaysAsExpressions() {
        TemporalResolver.Resolved range = resolver.resolveDetailed("The poll was taken Feb. 27-March 2 by phone.", REF)
                .getFirst();
        assertEquals("Feb. 27-March 2", range.expression().text());
        assertEquals("2023-02-27/2023-03-02", range.expression().value(), range.expression().explanation());
        assertEquals(List.of("Feb. 27", "March 2"), range.timeml().stream().map(TemporalExpression::text).toList());
        assertEquals(List.of("2023-02-27", "2023-03-02"), range.timeml().stream().map(TemporalExpression::value)
                .toList(), range.rangeStart().explanation());
        TemporalResolver.Resolved written = resolver
                .resolveDetailed("Talks ran 28 December-3 January 2023 in Rome.", REF).getFirst();
        assertEquals(List.of("28 December", "3 January 2023"), written.timeml().stream().map(TemporalExpression::text)
                .toList(), "the year written after the second end is part of it");
        assertEquals(List.of("2022-12-28", "2023-01-03"), written.timeml().stream().map(TemporalExpression::value)
                .toList(), written.rangeEnd().explanation());
    }

    @Test
    void aRangeOfDurationsIsOneExpressionValuedByItsLowerEndInTheUnitWrittenAfterTheSecond() {
        List<TemporalExpression> found = resolver.resolve("Repairs take two to six days, the agency said.", REF);
        assertEquals(List.of("two to six days"), found.stream().map(TemporalExpression::text).toList());
        assertEquals(List.of("P2D"), found.stream().map(TemporalExpression::value).toList());
        assertEquals(TimexType.DURATION, found.getFirst().type());
        assertEquals("a range of durations valued by its lower end: 2 days to six days",
                found.getFirst().explanation());
        List<TemporalExpression> timeml = resolver.resolveDetailed("Shipments resume within two to three weeks.", REF)
                .getFirst().timeml();
        assertEquals(List.of("two to three weeks"), timeml.stream().map(TemporalExpression::text).toList(),
                "TimeML marks a range of durations once, not its two ends");
        List<TemporalExpression> between = resolver.resolve("A wait of between two to six days is common.", REF);
        assertEquals(List.of("two", "six days"), between.stream().map(TemporalExpression::text).toList(),
                "after \"between\" the two ends are marked apart, as for dates");
        assertEquals(List.of("P2D", "P6D"), between.stream().map(TemporalExpression::value).toList(),
                between.getFirst().explanation());
        List<TemporalExpression> score = resolver.resolve("The court ruled 6-3 weeks after the hearing.", REF);
        assertEquals(List.of("3 weeks"), score.stream().map(TemporalExpression::text).toList(),
                "a first number above the second is a vote or a score, not a range");
        List<TemporalExpression> hours = resolver.resolve("The flight lasts 10-12 hours.", REF);
        assertEquals(List.of("10-12 hours"), hours.stream().map(TemporalExpression::text).toList());
        assertEquals(List.of("PT10H"), hours.stream().map(TemporalExpression::value).toList(),
                hours.getFirst().explanation());
        assertEquals(List.of("P2W"), resolver.resolve("She ran two to three miles a day for two weeks.", REF).stream()
                .map(TemporalExpression::value).toList(), "an amount of something else is no duration");
        assertEquals(List.of("P2Y"), resolver.resolve("Voters aged 18 to 25 years old were polled over two years.",
                REF).stream().map(TemporalExpression::value).toList(), "an age is left out, as for one amount");
    }

    @Test
    void aRangeFromNowStartsOnThePublicationDateAndKeepsNowAsAPresentReference() {
        TemporalResolver.Resolved range = resolver.resolveDetailed("Talks go on between now and April 2, he said.", REF)
                .getFirst();
        assertEquals("between now and April 2", range.expression().text());
        assertEquals("2023-03-18/2023-04-02", range.expression().value(), range.expression().explanation());
        assertEquals("now", range.rangeStart().text());
        assertEquals("PRESENT_REF", range.rangeStart().value());
        assertEquals("April 2", range.rangeEnd().text());
        assertEquals("2023-04-02", range.rangeEnd().value());
    }

    @Test
    void aDayRangeTakesTheYearWrittenAtItsEndForBothEnds() {
        TemporalResolver.Resolved range = resolver.resolveDetailed("Talks ran from March 20 to 22, 2021.", REF).getFirst();
        assertEquals("2021-03-20", range.rangeStart().value());
        assertEquals("2021-03-22", range.rangeEnd().value());
        assertEquals("22, 2021", range.rangeEnd().text());
    }

    @Test
    void aSingleDateHasNoEnds() {
        TemporalResolver.Resolved one = resolver.resolveDetailed("It happened on 17 March 2023.", REF).getFirst();
        assertNull(one.rangeStart());
        assertEquals(List.of(one.expression()), one.timeml());
    }

    @Test
    void betweenNowAndADateRunsFromThePublicationDateAndReportsNowAsThePresent() {
        TemporalResolver.Resolved range = resolver.resolveDetailed("No vote is expected between now and April 4.", REF)
                .getFirst();
        assertEquals("between now and April 4", range.expression().text());
        assertEquals(REF, range.expression().earliest(), range.expression().explanation());
        assertEquals(LocalDate.of(2023, 4, 4), range.expression().latest());
        assertEquals("now", range.rangeStart().text());
        assertEquals("PRESENT_REF", range.rangeStart().value());
        assertEquals("2023-04-04", range.rangeEnd().value());
    }

    @Test
    void aDateOpenOnOneSideKeepsThatSideInItsExtentAndMod() {
        TemporalExpression later = ResolverChecks.find("The mill will not turn a profit until 2031 or later.", REF,
                "2031 or later");
        assertEquals("2031", later.value());
        assertEquals("ON_OR_AFTER", later.mod());
        assertEquals("2031-01-01", later.earliest().toString(), "the interval stays the year written");
        TemporalExpression beyond = ResolverChecks.find("Orders look firm for 2024 and beyond, the maker said.", REF,
                "2024 and beyond");
        assertEquals("ON_OR_AFTER", beyond.mod());
        TemporalExpression earlier = ResolverChecks.find("Seeds go in during April or earlier.", REF,
                "April or earlier");
        assertEquals("ON_OR_BEFORE", earlier.mod());
        // "and later" that starts a clause of its own is no open end.
        TemporalExpression plain = ResolverChecks.find("She joined in 2009 and later ran the lab.", REF, "2009");
        assertNull(plain.mod());
    }
}
