package com.factline.source;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A piece of a source's text with what a claim's anchor needs around it ({@link SourceService#span}): the text's
 * length in code points, its publication date, the piece and up to a few characters of context either side.
 */
public record SourceSpan(SourceId id, int length, @Nullable LocalDate publishedOn, String text, String prefix, String suffix) {
}
