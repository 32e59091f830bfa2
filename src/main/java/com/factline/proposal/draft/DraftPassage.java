package com.factline.proposal.draft;

import com.factline.temporal.DateValue;
import org.jspecify.annotations.Nullable;

/**
 * A passage of one source that reports a happening, with the date the drafter gives it.
 *
 * @param sourceId    {@link DraftSource#id()}
 * @param start       code point offset of the quote in the source text
 * @param end         code point offset just after the quote
 * @param quote       the text between start and end, exactly
 * @param date        the happening's date according to this passage, or null when the passage gives none
 * @param explanation one sentence saying where the date comes from ("Friday before the publication date …",
 *                    "inherited from ‘on Friday’ earlier in the paragraph", "on or before the publication date")
 */
public record DraftPassage(String sourceId, int start, int end, String quote, @Nullable DateValue date, String explanation) {
}
