package com.factline.source;

import com.factline.base.ArticleName;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A row of the sources list. {@code length} counts Unicode code points. */
public record SourceSummary(SourceId id, String title, String outlet, @Nullable LocalDate publishedOn, @Nullable String url,
                            String sha256, int length, int claimCount, @Nullable Long republishesId, int version) {

    /** The article's name as people read it everywhere: outlet · date · short headline. */
    public ArticleName article() {
        return new ArticleName(outlet, publishedOn, title);
    }
}
