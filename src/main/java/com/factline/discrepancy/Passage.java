package com.factline.discrepancy;

import java.util.List;

/**
 * One side of a discrepancy in its source context: text before and after the span (a sentence
 * or so each way) and the span itself cut into pieces, the ones that differ from the other side
 * marked. Everything is plain text.
 */
public record Passage(DiscrepancySpan span, String sourceTitle, String outlet, String before, List<Piece> pieces,
                      String after) {

    /** {@code change} is "equal", "del" (only on this side, the first) or "ins" (only on this side, a later one). */
    public record Piece(String text, String change) {
    }
}
