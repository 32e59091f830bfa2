package com.factline.temporal;

import java.time.LocalDate;

/**
 * What a rule class found at one position: UTF-16 offsets into the text (end exclusive), the TIMEX3
 * type, value and mod, the calendar interval when the expression has one (both null otherwise), and
 * the one-line explanation shown to the user. {@code topic} is true when later expressions may refer
 * back to this one ("the quarter" after "the third quarter"); a back reference itself ("the
 * year-earlier quarter") is not a topic.
 */
record RuleMatch(int start, int end, TimexType type, String value, String mod, LocalDate from, LocalDate to,
        String explanation, boolean topic) {

    static RuleMatch vague(int start, int end, String value, String explanation) {
        return new RuleMatch(start, end, TimexType.DATE, value, null, null, null, explanation, false);
    }
}
