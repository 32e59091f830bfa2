package com.factline.timeline;

import com.factline.base.ArticleName;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A claim as the timeline shows it under its event. */
public record SupportingClaim(long id, long sourceId, String outlet, String sourceTitle, String quote, String statement,
                              @Nullable String date, @Nullable Long eventId, @Nullable LocalDate publishedOn) {

    /** The article quoted, named as everywhere else. */
    public ArticleName article() {
        return new ArticleName(outlet, publishedOn, sourceTitle);
    }
}
