package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile input: the resolver's cost must grow linearly with the text, whatever its sentences look like. */
class TemporalResolverBoundsTest {

    private final TemporalResolver resolver = new TemporalResolver();

    // Generous guard against quadratic blow-up (the unbounded tense lookup took minutes here); not a speed goal.
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void oneGiantSentenceOfWeekdaysResolvesEveryWeekday() {
        String text = TemporalBenchmark.giantWeekdaySentence(1_500_000);
        List<TemporalExpression> found = resolver.resolve(text, LocalDate.of(2023, 3, 18));
        long weekdays = text.split(" ").length * 5L / 9;
        assertTrue(found.size() >= weekdays - 1, found.size() + " of " + weekdays);
        assertTrue(found.stream().allMatch(e -> e.earliest() != null));
    }

    @Test
    void tenseIsReadFromTheWordsAroundTheExpressionNotFromAFarPartOfTheSentence() {
        String filler = "and then some more words without any verb form in them ".repeat(20);
        String text = "Officials said " + filler + "the talks on Monday";
        TemporalExpression monday = resolver.resolve(text, LocalDate.of(2023, 3, 18)).getFirst();
        assertEquals("Monday", monday.text());
        // "said" is more than a clause away: the tense is unclear, so the nearest Monday is taken.
        assertEquals("2023-03-20", monday.value(), monday.explanation());
        TemporalExpression near = resolver.resolve("Officials said the talks on Monday failed",
                LocalDate.of(2023, 3, 18)).getFirst();
        assertEquals("2023-03-13", near.value(), near.explanation());
    }

    @Test
    void aVeryLongDottedTokenDoesNotOverflowTheSentenceSplitter() {
        String token = "a.".repeat(200_000) + " Then";
        assertTrue(SentenceSplitter.split(token).size() >= 1);
    }
}
