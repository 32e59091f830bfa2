package com.factline.proposal.draft;

import com.factline.temporal.DateValue;

/**
 * The date a span of text gets, and why.
 *
 * @param date        the interval the span's happening falls in
 * @param basis       where the date comes from
 * @param explanation one sentence a fact-checker can check ("‘on Friday’ in the same sentence: …")
 */
public record DatedSpan(DateValue date, Basis basis, String explanation) {

    /** Where a date comes from, from the most to the least direct. */
    public enum Basis {
        /** A temporal expression in the same sentence or clause. */
        CLAUSE,
        /** The reference time set by an earlier sentence of the same paragraph. */
        DISCOURSE,
        /** Reported speech or an announcement: on or before the publication date. */
        PUBLICATION
    }
}
