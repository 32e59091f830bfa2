package com.factline.source;

import org.jspecify.annotations.Nullable;

/**
 * A fetched page or a read file, reduced to its article and checked, not yet saved: the editor
 * sees (and may change) the metadata found before it is imported with
 * {@link SourceService#importPreview}.
 *
 * @param origin   what was read: the address or the file name
 * @param language the detected language tag
 * @param snapshot the original bytes, kept with the source; null for plain text files
 */
public record ImportPreview(String origin, String text, ArticleMetadata found, String language, @Nullable Snapshot snapshot) {

    /** Characters (code points) of the extracted text. */
    public int length() {
        return text.codePointCount(0, text.length());
    }

    /** True when the temporal resolver reads this language (English only today). */
    public boolean languageSupported() {
        return LanguageGuess.resolverSupports(language);
    }
}
