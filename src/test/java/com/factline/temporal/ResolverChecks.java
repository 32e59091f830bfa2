package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

/** Assertions on what the resolver makes of a text, shared by the resolver's tests. */
final class ResolverChecks {

    private static final TemporalResolver RESOLVER = new TemporalResolver();

    private ResolverChecks() {
    }

    /** The expression whose text is {@code expr}, found in {@code text} published on {@code ref}. */
    static TemporalExpression find(String text, LocalDate ref, String expr) {
        List<TemporalExpression> all = RESOLVER.resolve(text, ref);
        return all.stream().filter(e -> e.text().equals(expr)).findFirst()
                .orElseThrow(() -> new AssertionError("'" + expr + "' not found in " + all));
    }

    static void assertDay(String text, LocalDate ref, String expr, String day) {
        assertInterval(text, ref, expr, day, day);
    }

    static void assertInterval(String text, LocalDate ref, String expr, String from, String to) {
        TemporalExpression e = find(text, ref, expr);
        assertEquals(LocalDate.parse(from), e.earliest(), e.explanation());
        assertEquals(LocalDate.parse(to), e.latest(), e.explanation());
    }

    static void assertNoDate(String text, LocalDate ref) {
        List<TemporalExpression> all = RESOLVER.resolve(text, ref);
        assertTrue(all.isEmpty(), "expected nothing in '" + text + "' but got " + all);
    }
}
