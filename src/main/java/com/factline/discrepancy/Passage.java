package com.factline.discrepancy;

import com.factline.base.ArticleName;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One side of a discrepancy in its source context: text before and after the span (a sentence
 * or so each way) and the span itself cut into pieces, the ones that differ from the other side
 * marked. Everything is plain text.
 */
public record Passage(DiscrepancySpan span, String sourceTitle, String outlet, @Nullable LocalDate publishedOn, String before,
                      List<Piece> pieces, String after) {

    /** The article the passage comes from, named as everywhere else. */
    public ArticleName article() {
        return new ArticleName(outlet, publishedOn, sourceTitle);
    }

    /** {@code change} is "equal", "del" (only on this side, the first) or "ins" (only on this side, a later one). */
    public record Piece(String text, String change) {
    }
}
