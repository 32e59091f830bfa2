package com.factline.temporal;

import java.time.LocalDate;

/**
 * One temporal expression found in a text.
 *
 * <p>All offsets are Unicode code point indexes (end exclusive), matching W3C Web Annotation
 * TextPositionSelector, so that they stay valid for clients that do not use UTF-16.
 *
 * @param start         code point offset of the first character of the expression
 * @param end           code point offset just after the expression
 * @param text          the expression exactly as written
 * @param type          TIMEX3 type
 * @param value         TIMEX3 value ({@code 2023-03-17}, {@code 2023-W12}, {@code PT4H30M}, {@code P1Y});
 *                      for explicit ranges the ISO interval {@code 2023-03-20/2023-03-22};
 *                      null when it cannot be determined (relative expression without reference date)
 * @param mod           TIMEX3 mod (START, MID, END, APPROX, MORE_THAN, LESS_THAN ...) or null
 * @param earliest      first day of the covered interval (inclusive), null for DURATION/SET or unresolved
 * @param latest        last day of the covered interval (inclusive), null for DURATION/SET or unresolved
 * @param edtf          ISO 8601-2 / EDTF rendering of the interval, null when unresolved
 * @param precision     precision of the interval, null when there is no interval
 * @param anchored      true when the expression was placed on the calendar (earliest/latest known)
 * @param explanation   one line saying how the value was obtained
 * @param sentenceStart code point offset of the enclosing sentence
 * @param sentenceEnd   code point offset just after the enclosing sentence
 */
public record TemporalExpression(
        int start,
        int end,
        String text,
        TimexType type,
        String value,
        String mod,
        LocalDate earliest,
        LocalDate latest,
        String edtf,
        DatePrecision precision,
        boolean anchored,
        String explanation,
        int sentenceStart,
        int sentenceEnd) {
}
