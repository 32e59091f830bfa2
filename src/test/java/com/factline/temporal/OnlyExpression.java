package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

/** For rule tests whose sentence holds one temporal expression: resolves it and checks that there is exactly one. */
final class OnlyExpression {

    private OnlyExpression() {
    }

    static TemporalExpression in(TemporalResolver resolver, String text, LocalDate reference) {
        List<TemporalExpression> found = resolver.resolve(text, reference);
        assertEquals(1, found.size(), () -> "one expression expected in: " + text + " got " + found);
        return found.getFirst();
    }
}
