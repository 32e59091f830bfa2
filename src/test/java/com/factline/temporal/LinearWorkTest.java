package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Linear time without a clock: the resolver's classes are loaded again with every read of a string counted
 * ({@link CountingLoader}, {@link TextReads}), and texts of hostile shapes are resolved at N and 4N characters.
 * The characters read may grow at most 4.5 times. A search run to the end of the text once per candidate (the
 * blank-line check before commit 6cf09e0) reads about 16 times as much at 4N and fails here.
 */
class LinearWorkTest {

    private static final LocalDate REF = LocalDate.of(2023, 3, 18);
    private static final int N = 10_000;
    private static final double MAX_GROWTH = 4.5;

    static Stream<Arguments> shapes() {
        return Stream.of(
                shape("one giant sentence of weekdays", TemporalBenchmark::giantWeekdaySentence),
                shape("weekdays with line breaks", n -> repeat("Friday said Monday will\nTuesday and Sunday was\n", n)),
                shape("weekdays between blank lines", n -> repeat("Friday said Monday \n\n will Tuesday ", n)),
                shape("numbers", n -> repeat("12 2019 345 7 1990 3-2 10:45 ", n)),
                shape("one number without a break", n -> "1".repeat(n)),
                shape("month names", n -> repeat("March April May June of July ", n)),
                shape("days joined by and", n -> repeat("April 24 and 25 and and 2 and ", n)),
                shape("clock times", n -> repeat("9:30 10:45 a.m. 11 p.m. at noon 8:10 on ", n)),
                shape("capitals", n -> repeat("DECEMBER 16, 2008 THURSDAY, JUNE 30 22 JUL ", n)),
                shape("anaphora and ranges", n -> repeat("the same day from 1990 to 1994 later that day the ", n)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void charactersReadGrowLinearlyWithTheText(String shape, IntFunction<String> text) throws Exception {
        Counting counting = new Counting();
        long small = counting.reads(text.apply(N));
        long large = counting.reads(text.apply(4 * N));
        assertTrue(large <= MAX_GROWTH * small, shape + ": " + small + " characters read for " + N + ", " + large
                + " for " + 4 * N + " (" + String.format("%.1f", (double) large / small) + " times)");
    }

    @Test
    void everyStringMethodTheResolverCallsIsCounted() throws Exception {
        Counting counting = new Counting();
        shapes().forEach(a -> counting.reads(((IntFunction<?>) a.get()[1]).apply(2_000).toString()));
        counting.reads(SeedArticles.read(SeedArticles.publicationDates().keySet().iterator().next()));
        assertEquals(List.of(), List.copyOf(counting.loader.uncounted()),
                "String methods called by the temporal package without a counting twin in TextReads");
    }

    @Test
    void theCountedResolverFindsWhatTheResolverFinds() throws Exception {
        String text = TemporalBenchmark.giantWeekdaySentence(5_000) + "\n\nOn March 3, 2020 at 9:30 a.m. and the next day.";
        Counting counting = new Counting();
        assertEquals(new TemporalResolver().resolve(text, REF).toString(), counting.resolve(text).toString());
        assertTrue(counting.reads(text) >= text.length(), "every character is read at least once");
    }

    private static Arguments shape(String name, IntFunction<String> text) {
        return Arguments.of(name, text);
    }

    private static String repeat(String unit, int chars) {
        return unit.repeat(chars / unit.length() + 1).substring(0, chars);
    }

    /** The resolver loaded by a {@link CountingLoader}. */
    private static final class Counting {
        final CountingLoader loader = new CountingLoader();
        private final Object resolver;
        private final Method resolve;

        Counting() throws ReflectiveOperationException {
            Class<?> c = Class.forName(TemporalResolver.class.getName(), true, loader);
            resolver = c.getConstructor().newInstance();
            resolve = c.getMethod("resolve", String.class, LocalDate.class);
        }

        Object resolve(String text) {
            try {
                return resolve.invoke(resolver, text, REF);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        long reads(String text) {
            TextReads.reset();
            resolve(text);
            return TextReads.count();
        }
    }
}
