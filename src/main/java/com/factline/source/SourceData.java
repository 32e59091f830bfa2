package com.factline.source;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an editor types on import; the text comes pasted or from a file. */
public record SourceData(@Nullable String title, @Nullable String outlet, @Nullable LocalDate publishedOn,
                         @Nullable String url, @Nullable String byline, @Nullable String language, @Nullable String text) {

    public SourceData withText(String newText) {
        return new SourceData(title, outlet, publishedOn, url, byline, language, newText);
    }

    public SourceData withTitle(String newTitle) {
        return new SourceData(newTitle, outlet, publishedOn, url, byline, language, text);
    }
}
